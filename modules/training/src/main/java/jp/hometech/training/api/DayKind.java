package jp.hometech.training.api;

/** What happens on a cohort day (T1). Self-study entries are periods at home; the others are attended days. */
public enum DayKind {
    SELF_STUDY,
    GROUP,
    ASSESSMENT,
    CALL_TRAINING,
    WORK_START;

    /** Days a trainee attends, so attendance is recorded for them (T3). */
    public boolean isAttended() {
        return this == GROUP || this == ASSESSMENT || this == CALL_TRAINING;
    }

    /** Single days the trainer may move before the cohort starts; self-study periods follow from the settings. */
    public boolean isMovable() {
        return this != SELF_STUDY;
    }

    /** Its name in the module's bundle (pages, PDFs and mails show it in the reader's language). */
    public String getMessageKey() {
        return "training.dayKind." + name();
    }
}
