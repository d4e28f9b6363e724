package jp.hometech.platform.api.job;

import java.io.Serializable;
import java.time.Instant;

/** One recorded run of a job. Times are business time. */
public final class JobRunView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String jobName;
    private final String node;
    private final Instant startedAt;
    private final Instant endedAt;
    private final JobOutcome outcome;
    private final long itemsDone;
    private final String errorText;

    public JobRunView(long id, String jobName, String node, Instant startedAt, Instant endedAt, JobOutcome outcome,
                      long itemsDone, String errorText) {
        this.id = id;
        this.jobName = jobName;
        this.node = node;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.outcome = outcome;
        this.itemsDone = itemsDone;
        this.errorText = errorText;
    }

    public long getId() { return id; }
    public String getJobName() { return jobName; }
    public String getNode() { return node; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public JobOutcome getOutcome() { return outcome; }
    public long getItemsDone() { return itemsDone; }
    public String getErrorText() { return errorText; }
}
