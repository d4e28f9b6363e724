package jp.hometech.platform.api.job;

/** How a run of a job ended. */
public enum JobOutcome {
    /** Still running (or its node died: then it becomes {@link #ABANDONED} when the lease is next taken). */
    RUNNING,
    SUCCEEDED,
    /** The work threw: the run keeps the error text. */
    FAILED,
    /** The node running it stopped before the end; the lease ran out and another run took it over. */
    ABANDONED
}
