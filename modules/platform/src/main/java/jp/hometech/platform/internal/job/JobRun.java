package jp.hometech.platform.internal.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.platform.api.job.JobOutcome;
import jp.hometech.platform.api.job.JobRunView;

import java.time.Instant;

/** One run of a job; written when it starts, completed when it ends. */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_name", nullable = false, length = 100)
    private String jobName;

    @Column(nullable = false, length = 200)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobOutcome outcome;

    @Column(name = "items_done", nullable = false)
    private long itemsDone;

    @Column(name = "error_text", length = 4000)
    private String errorText;

    protected JobRun() {
    }

    JobRun(String jobName, String node, Instant startedAt) {
        this.jobName = jobName;
        this.node = node;
        this.startedAt = startedAt;
        this.outcome = JobOutcome.RUNNING;
    }

    Long getId() {
        return id;
    }

    JobRunView toView() {
        return new JobRunView(id, jobName, node, startedAt, endedAt, outcome, itemsDone, errorText);
    }
}
