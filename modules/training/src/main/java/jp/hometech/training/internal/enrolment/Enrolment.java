package jp.hometech.training.internal.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.EnrolmentView;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    /** The trainee's portal account; null once their personal data was erased (see TrainingPersonalData). */
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, length = 64)
    private String enrolledBy;

    @Column(name = "call_training_started_on")
    private LocalDate callTrainingStartedOn;

    @Column(name = "work_start_date")
    private LocalDate workStartDate;

    @Version
    @Column(nullable = false)
    private long version;

    protected Enrolment() {
    }

    public Enrolment(long cohortId, long candidateId, String displayName, Long accountId, EnrolmentStatus status,
                     Instant enrolledAt, String enrolledBy) {
        this.cohortId = cohortId;
        this.candidateId = candidateId;
        this.displayName = displayName;
        this.accountId = accountId;
        this.status = status;
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    public EnrolmentView toView(LocalDate cohortStartDate) {
        return new EnrolmentView(id, cohortId, cohortStartDate, candidateId, displayName, accountId, status,
                enrolledAt, callTrainingStartedOn, workStartDate, version);
    }

    public void callTrainingStarted(LocalDate date) {
        status = EnrolmentStatus.CALL_TRAINING;
        callTrainingStartedOn = date;
    }

    public void completed(LocalDate workStart) {
        status = EnrolmentStatus.COMPLETED;
        workStartDate = workStart;
    }

    public Long getId() { return id; }
    public long getCohortId() { return cohortId; }
    public long getCandidateId() { return candidateId; }
    public String getDisplayName() { return displayName; }
    public Long getAccountId() { return accountId; }
    public EnrolmentStatus getStatus() { return status; }
    public LocalDate getCallTrainingStartedOn() { return callTrainingStartedOn; }
    public long getVersion() { return version; }

    public void setStatus(EnrolmentStatus status) { this.status = status; }
}
