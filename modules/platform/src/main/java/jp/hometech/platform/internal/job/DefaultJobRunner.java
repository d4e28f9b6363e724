package jp.hometech.platform.internal.job;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.job.JobContext;
import jp.hometech.platform.api.job.JobLeaseLostException;
import jp.hometech.platform.api.job.JobOutcome;
import jp.hometech.platform.api.job.JobRunView;
import jp.hometech.platform.api.job.JobRunner;
import jp.hometech.platform.api.job.JobWork;
import jp.hometech.platform.api.time.BusinessClock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The work runs outside any transaction of ours; the lease and the record are written by {@link JobLeases}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultJobRunner implements JobRunner {

    private static final Logger LOG = Logger.getLogger(DefaultJobRunner.class.getName());
    static final int MAX_ERROR_LENGTH = 4000;

    @EJB
    JobLeases leases;

    @Inject
    BusinessClock clock;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public Optional<JobRunView> runOnce(String jobName, JobWork work) {
        return run(jobName, null, DEFAULT_LEASE, work);
    }

    @Override
    public Optional<JobRunView> runOnce(String jobName, Duration lease, JobWork work) {
        return run(jobName, null, lease, work);
    }

    @Override
    public Optional<JobRunView> runOncePer(String jobName, String occurrence, JobWork work) {
        return run(jobName, Objects.requireNonNull(occurrence, "occurrence"), DEFAULT_LEASE, work);
    }

    private Optional<JobRunView> run(String jobName, String occurrence, Duration lease, JobWork work) {
        requireName(jobName);
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("A lease must be positive: " + lease);
        }
        Optional<JobLeases.Held> taken = leases.acquire(jobName, occurrence, lease, node(), now());
        if (taken.isEmpty()) {
            LOG.fine(() -> "Job " + jobName + " skipped: another run holds its lease");
            return Optional.empty();
        }
        JobLeases.Held held = taken.get();
        Context context = new Context(held, lease);
        JobOutcome outcome = JobOutcome.SUCCEEDED;
        String error = null;
        try {
            work.run(context);
        } catch (Exception | Error failure) {
            outcome = JobOutcome.FAILED;
            error = describe(failure);
            LOG.log(Level.WARNING, "Job " + jobName + " failed (run #" + held.runId() + ")", failure);
        }
        leases.finish(held, outcome, context.items, error, now());
        return run(held.runId());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRunView> runs(String jobName, PageRequest page) {
        boolean all = jobName == null || jobName.isBlank();
        var query = em.createQuery("select r from JobRun r" + (all ? "" : " where r.jobName = :job")
                + " order by r.startedAt desc, r.id desc", JobRun.class);
        if (!all) {
            query.setParameter("job", jobName.strip());
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(JobRun::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countRuns(String jobName) {
        boolean all = jobName == null || jobName.isBlank();
        var query = em.createQuery("select count(r) from JobRun r" + (all ? "" : " where r.jobName = :job"), Long.class);
        if (!all) {
            query.setParameter("job", jobName.strip());
        }
        return query.getSingleResult();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRunView> run(long runId) {
        return Optional.ofNullable(em.find(JobRun.class, runId)).map(JobRun::toView);
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireName(String jobName) {
        if (jobName == null || !jobName.matches("[a-z][a-z0-9]*\\.[a-z0-9.-]{1,90}")) {
            throw new IllegalArgumentException("A job is named <module>.<job> in lower case, e.g. recruitment.personal-data-retention: " + jobName);
        }
    }

    /** The failure and its causes, each once, as much as the record keeps. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\ncaused by: ").append(cause);
            if (text.length() > MAX_ERROR_LENGTH) {
                break;
            }
        }
        return text.length() <= MAX_ERROR_LENGTH ? text.toString() : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static String node() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    private final class Context implements JobContext {

        private final JobLeases.Held held;
        private final Duration lease;
        private final long renewEveryNanos;
        private long lastRenewal = System.nanoTime();
        private long items;

        Context(JobLeases.Held held, Duration lease) {
            this.held = held;
            this.lease = lease;
            this.renewEveryNanos = lease.toNanos() / 3;
        }

        @Override
        public String jobName() {
            return held.jobName();
        }

        @Override
        public void itemsDone(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("Items done cannot go down: " + count);
            }
            items += count;
            if (System.nanoTime() - lastRenewal >= renewEveryNanos) {
                if (!leases.renew(held, lease, items)) {
                    throw new JobLeaseLostException(held.jobName());
                }
                lastRenewal = System.nanoTime();
            }
        }

        @Override
        public long itemsDoneSoFar() {
            return items;
        }
    }
}
