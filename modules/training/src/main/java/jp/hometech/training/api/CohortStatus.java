package jp.hometech.training.api;

/**
 * PLANNED: laid out, the trainer may still adjust it, invisible to applicants. ANNOUNCED: offered to
 * applicants and open for enrolment. RUNNING: started, its dates are fixed (T3). FINISHED: every trainee is
 * through.
 */
public enum CohortStatus {
    PLANNED, ANNOUNCED, RUNNING, FINISHED;

    /** Its name in the module's bundle (pages, PDFs and mails show it in the reader's language). */
    public String getMessageKey() {
        return "training.cohortStatus." + name();
    }
}
