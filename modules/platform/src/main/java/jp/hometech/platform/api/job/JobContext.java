package jp.hometech.platform.api.job;

/** What a running job tells its run: progress, which also keeps its lease alive. */
public interface JobContext {

    String jobName();

    /**
     * Adds {@code count} to the items done, written to the run record, and renews the lease when a third of it has
     * passed. Throws {@link JobLeaseLostException} when another node has taken the lease over (this run was too
     * slow to report): the work must stop then, and the run is recorded as failed.
     */
    void itemsDone(long count);

    long itemsDoneSoFar();
}
