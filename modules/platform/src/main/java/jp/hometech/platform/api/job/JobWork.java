package jp.hometech.platform.api.job;

/** The work of one run. Counts what it did through {@link JobContext#itemsDone(long)}; throwing fails the run. */
@FunctionalInterface
public interface JobWork {

    void run(JobContext context) throws Exception;
}
