package jp.hometech.training.internal.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.TransferView;

import java.time.Instant;

/** T3: a move to another cohort, with its reason and approver. Never edited. */
@Entity
@Table(name = "transfer")
public class Transfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "from_enrolment_id", nullable = false)
    private long fromEnrolmentId;

    @Column(name = "from_cohort_id", nullable = false)
    private long fromCohortId;

    @Column(name = "to_enrolment_id", nullable = false)
    private long toEnrolmentId;

    @Column(name = "to_cohort_id", nullable = false)
    private long toCohortId;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "approved_by", nullable = false, length = 64)
    private String approvedBy;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "transferred_at", nullable = false)
    private Instant transferredAt;

    protected Transfer() {
    }

    public Transfer(long candidateId, long fromEnrolmentId, long fromCohortId, long toEnrolmentId, long toCohortId,
                    String reason, String approvedBy, String recordedBy, Instant transferredAt) {
        this.candidateId = candidateId;
        this.fromEnrolmentId = fromEnrolmentId;
        this.fromCohortId = fromCohortId;
        this.toEnrolmentId = toEnrolmentId;
        this.toCohortId = toCohortId;
        this.reason = reason;
        this.approvedBy = approvedBy;
        this.recordedBy = recordedBy;
        this.transferredAt = transferredAt;
    }

    public TransferView toView() {
        return new TransferView(id, candidateId, fromEnrolmentId, fromCohortId, toEnrolmentId, toCohortId, reason,
                approvedBy, recordedBy, transferredAt);
    }

    public long getFromEnrolmentId() { return fromEnrolmentId; }
}
