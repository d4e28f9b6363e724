package jp.hometech.systemtests.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.job.JobOutcome;
import jp.hometech.platform.api.job.JobRunView;
import jp.hometech.platform.api.job.JobRunner;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jobs run once per cluster under a lease in PostgreSQL, and every run is recorded. */
@ExtendWith(ArquillianExtension.class)
class JobRunnerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/platform/DefaultJobRunner!jp.hometech.platform.api.job.JobRunner")
    JobRunner jobs;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void theSameJobStartedTwiceAtOnceRunsOnceAndTheOtherIsSkipped() throws Exception {
        String job = uniqueJob();
        CyclicBarrier together = new CyclicBarrier(2);
        CountDownLatch oneIsRunning = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger workStarted = new AtomicInteger();

        List<CompletableFuture<Optional<JobRunView>>> starts = List.of(start(job, together, oneIsRunning, finish, workStarted),
                start(job, together, oneIsRunning, finish, workStarted));
        assertTrue(oneIsRunning.await(30, TimeUnit.SECONDS), "one of the two starts its work");
        // The run waits for the test, so the start that returns first is the one that did not run.
        Object firstToReturn = CompletableFuture.anyOf(starts.get(0), starts.get(1)).get(30, TimeUnit.SECONDS);
        Optional<?> skipped = (Optional<?>) firstToReturn;
        assertTrue(skipped.isEmpty(), "the second start finds the lease taken and does not run");
        finish.countDown();
        List<Optional<JobRunView>> results = starts.stream().map(CompletableFuture::join).toList();

        assertEquals(1, workStarted.get());
        assertEquals(1, results.stream().filter(Optional::isPresent).count());
        JobRunView run = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertEquals(JobOutcome.SUCCEEDED, run.getOutcome());
        assertEquals(3, run.getItemsDone());
        assertEquals(1, jobs.countRuns(job), "the skipped start is not recorded");
        assertEquals(run.getId(), jobs.runs(job, PageRequest.first(10)).get(0).getId());
    }

    @Test
    void aFailingJobRecordsItsErrorAndWhatItDidBefore() {
        String job = uniqueJob();

        JobRunView run = jobs.runOnce(job, context -> {
            context.itemsDone(2);
            throw new IllegalStateException("the transfer file cannot be written", new java.io.IOException("disk full"));
        }).orElseThrow();

        assertEquals(JobOutcome.FAILED, run.getOutcome());
        assertEquals(2, run.getItemsDone());
        assertTrue(run.getErrorText().contains("IllegalStateException: the transfer file cannot be written"), run.getErrorText());
        assertTrue(run.getErrorText().contains("caused by: java.io.IOException: disk full"), run.getErrorText());
        assertNotNull(run.getEndedAt());
        assertFalse(run.getEndedAt().isBefore(run.getStartedAt()));
        JobRunView again = jobs.runOnce(job, context -> context.itemsDone(1)).orElseThrow();
        assertEquals(JobOutcome.SUCCEEDED, again.getOutcome(), "a failure frees the lease for the next run");
    }

    @Test
    void runsAreVisibleThroughTheApiNewestFirst() {
        String job = uniqueJob();
        JobRunView first = jobs.runOnce(job, context -> context.itemsDone(5)).orElseThrow();
        JobRunView second = jobs.runOnce(job, context -> { }).orElseThrow();

        List<JobRunView> runs = jobs.runs(job, PageRequest.first(10));

        assertEquals(List.of(second.getId(), first.getId()), runs.stream().map(JobRunView::getId).toList());
        assertEquals(job, runs.get(1).getJobName());
        assertEquals(5, runs.get(1).getItemsDone());
        assertFalse(runs.get(1).getNode().isBlank());
        assertTrue(jobs.runs(null, PageRequest.first(500)).stream().anyMatch(r -> r.getId() == second.getId()));
        assertEquals(2, jobs.countRuns(job));
        assertEquals(first.getStartedAt(), jobs.run(first.getId()).orElseThrow().getStartedAt());
    }

    @Test
    void aJobForAnOccurrenceRunsOnceForItInTheWholeCluster() {
        String job = uniqueJob();

        assertTrue(jobs.runOncePer(job, "2027-01-31", context -> { }).isPresent());
        assertTrue(jobs.runOncePer(job, "2027-01-31", context -> { }).isEmpty(), "a second node's timer for the same night");
        assertTrue(jobs.runOncePer(job, "2027-02-01", context -> { }).isPresent(), "the next night");
        assertEquals(2, jobs.countRuns(job));
    }

    private CompletableFuture<Optional<JobRunView>> start(String job, CyclicBarrier together, CountDownLatch oneIsRunning,
                                                          CountDownLatch finish, AtomicInteger workStarted) {
        return executor.supplyAsync(() -> {
            try {
                together.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return jobs.runOnce(job, context -> {
                workStarted.incrementAndGet();
                oneIsRunning.countDown();
                context.itemsDone(3);
                assertTrue(finish.await(60, TimeUnit.SECONDS), "the test lets the run finish");
            });
        });
    }

    private static String uniqueJob() {
        return "it.job-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
