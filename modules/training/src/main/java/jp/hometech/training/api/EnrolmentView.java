package jp.hometech.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

public final class EnrolmentView implements Serializable {

    private final long id;
    private final long cohortId;
    private final LocalDate cohortStartDate;
    private final long candidateId;
    private final String displayName;
    private final Long accountId;
    private final EnrolmentStatus status;
    private final Instant enrolledAt;
    private final LocalDate callTrainingStartedOn;
    private final LocalDate workStartDate;
    private final long version;

    public EnrolmentView(long id, long cohortId, LocalDate cohortStartDate, long candidateId, String displayName,
                         Long accountId, EnrolmentStatus status, Instant enrolledAt,
                         LocalDate callTrainingStartedOn, LocalDate workStartDate, long version) {
        this.id = id;
        this.cohortId = cohortId;
        this.cohortStartDate = cohortStartDate;
        this.candidateId = candidateId;
        this.displayName = displayName;
        this.accountId = accountId;
        this.status = status;
        this.enrolledAt = enrolledAt;
        this.callTrainingStartedOn = callTrainingStartedOn;
        this.workStartDate = workStartDate;
        this.version = version;
    }

    public long getId() { return id; }
    public long getCohortId() { return cohortId; }
    public LocalDate getCohortStartDate() { return cohortStartDate; }
    public long getCandidateId() { return candidateId; }
    public String getDisplayName() { return displayName; }
    /** The trainee's platform account; null once their personal data was erased. */
    public Long getAccountId() { return accountId; }
    public EnrolmentStatus getStatus() { return status; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public LocalDate getCallTrainingStartedOn() { return callTrainingStartedOn; }
    public LocalDate getWorkStartDate() { return workStartDate; }
    public long getVersion() { return version; }
}
