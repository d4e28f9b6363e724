package jp.hometech.platform.api.job;

import jp.hometech.platform.api.PageRequest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs scheduled and long-running jobs once per cluster. A run takes the job's lease in PostgreSQL (one row per
 * job, taken atomically); while a run holds it, the same job started on any node is skipped and not recorded.
 * Every run that starts is recorded: job, node, start, end, outcome, items done, error. Job names are
 * {@code <module>.<job>} (lower case, words joined by "-"), e.g. {@code recruitment.personal-data-retention}.
 *
 * <p>The runner does not start a transaction around the work: the work calls the module's services, each in
 * transactions of its own, so a long job commits as it goes. Timers ({@code @Schedule}, non-persistent) fire on
 * every node; {@link #runOncePer} makes sure the cluster runs the job once per occurrence (e.g. once a day).
 */
public interface JobRunner {

    /** The lease a run holds when nothing else is said; {@link JobContext#itemsDone} renews it. */
    Duration DEFAULT_LEASE = Duration.ofMinutes(15);

    /**
     * Runs {@code work} now unless another run of the job holds the lease.
     *
     * @return the recorded run (succeeded or failed), or empty when the run was skipped
     */
    Optional<JobRunView> runOnce(String jobName, JobWork work);

    /** {@link #runOnce(String, JobWork)} with a lease of the given length. */
    Optional<JobRunView> runOnce(String jobName, Duration lease, JobWork work);

    /**
     * Runs {@code work} unless another run of the job holds the lease or a run for the same {@code occurrence}
     * (e.g. the business date of a nightly job) has already started somewhere in the cluster.
     */
    Optional<JobRunView> runOncePer(String jobName, String occurrence, JobWork work);

    /** Runs, newest first; {@code jobName} null or blank for every job. */
    List<JobRunView> runs(String jobName, PageRequest page);

    long countRuns(String jobName);

    Optional<JobRunView> run(long runId);
}
