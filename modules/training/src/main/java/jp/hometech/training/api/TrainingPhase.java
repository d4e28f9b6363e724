package jp.hometech.training.api;

/** The phases of T1, in order; {@link #number()} is the phase number the trainees are told. */
public enum TrainingPhase {
    /** (1) self-study with web materials, 2–3 weeks, about 60 hours. */
    SELF_STUDY(1),
    /** (2) group training by web conference, 3 weekdays, followed by the assessment. */
    GROUP_TRAINING(2),
    /** (3) for those who passed: about 40 hours of self-study and 2 group days. */
    POST_PASS(3),
    /** (4) real customer calls with a trainer beside them; fees are paid from here on (T4). */
    CALL_TRAINING(4),
    /** (5) work start. */
    WORK_START(5);

    private final int number;

    TrainingPhase(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Its name in the module's bundle (pages, PDFs and mails show it in the reader's language). */
    public String getMessageKey() {
        return "training.phase." + name();
    }
}
