package jp.hometech.platform.internal.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.job.JobOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The lease and the run record, each step in a transaction of its own, committed before the work goes on: a
 * lease that is taken is visible to every node at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** A run that holds its job's lease. */
    public record Held(String jobName, UUID token, long runId) {
    }

    /**
     * Takes the lease when it is free (never taken, released, or run out) and, for {@code occurrence}, when the
     * last run that took it was for another occurrence; records the run as started. Two nodes asking at once
     * queue on the lease row, and the second finds it taken.
     */
    public Optional<Held> acquire(String jobName, String occurrence, Duration lease, String node, Instant startedAt) {
        UUID token = UUID.randomUUID();
        int taken = em.createNativeQuery("""
                        insert into platform.job_lease (job_name, token, node, run_id, occurrence, leased_until)
                        values (?1, cast(?2 as uuid), ?3, null, cast(?4 as varchar), clock_timestamp() + make_interval(secs => cast(?5 as double precision)))
                        on conflict (job_name) do update
                            set token = excluded.token, node = excluded.node, run_id = null,
                                occurrence = coalesce(excluded.occurrence, job_lease.occurrence),
                                leased_until = excluded.leased_until
                            where job_lease.leased_until < clock_timestamp()
                              and (excluded.occurrence is null or job_lease.occurrence is distinct from excluded.occurrence)""")
                .setParameter(1, jobName).setParameter(2, token.toString()).setParameter(3, node).setParameter(4, occurrence)
                .setParameter(5, lease.toMillis() / 1000.0)
                .executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        JobRun run = new JobRun(jobName, node, startedAt);
        em.persist(run);
        em.flush();
        // Holding the lease, any other run of this job still marked running lost its node (or its lease).
        em.createQuery("""
                        update JobRun r set r.outcome = :abandoned, r.endedAt = :now
                        where r.jobName = :job and r.outcome = :running and r.id <> :mine""")
                .setParameter("abandoned", JobOutcome.ABANDONED).setParameter("now", startedAt)
                .setParameter("job", jobName).setParameter("running", JobOutcome.RUNNING).setParameter("mine", run.getId())
                .executeUpdate();
        em.createNativeQuery("update platform.job_lease set run_id = ?1 where job_name = ?2 and token = cast(?3 as uuid)")
                .setParameter(1, run.getId()).setParameter(2, jobName).setParameter(3, token.toString()).executeUpdate();
        return Optional.of(new Held(jobName, token, run.getId()));
    }

    /** Extends the lease and writes the progress; false when another run has taken the lease over. */
    public boolean renew(Held held, Duration lease, long itemsDone) {
        int renewed = em.createNativeQuery("""
                        update platform.job_lease
                        set leased_until = clock_timestamp() + make_interval(secs => cast(?1 as double precision))
                        where job_name = ?2 and token = cast(?3 as uuid)""")
                .setParameter(1, lease.toMillis() / 1000.0).setParameter(2, held.jobName()).setParameter(3, held.token().toString())
                .executeUpdate();
        em.createQuery("update JobRun r set r.itemsDone = :items where r.id = :id and r.outcome = :running")
                .setParameter("items", itemsDone).setParameter("id", held.runId()).setParameter("running", JobOutcome.RUNNING)
                .executeUpdate();
        return renewed == 1;
    }

    /** Records how the run ended and frees the lease (keeping its occurrence, so the same one does not run again). */
    public void finish(Held held, JobOutcome outcome, long itemsDone, String errorText, Instant endedAt) {
        em.createQuery("""
                        update JobRun r set r.outcome = :outcome, r.endedAt = :ended, r.itemsDone = :items, r.errorText = :error
                        where r.id = :id and r.outcome = :running""")
                .setParameter("outcome", outcome).setParameter("ended", endedAt).setParameter("items", itemsDone)
                .setParameter("error", errorText).setParameter("id", held.runId()).setParameter("running", JobOutcome.RUNNING)
                .executeUpdate();
        em.createNativeQuery("update platform.job_lease set leased_until = clock_timestamp() where job_name = ?1 and token = cast(?2 as uuid)")
                .setParameter(1, held.jobName()).setParameter(2, held.token().toString()).executeUpdate();
    }
}
