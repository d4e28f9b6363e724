package jp.hometech.training.api;

import java.io.Serializable;
import java.time.Instant;

public final class TransferView implements Serializable {

    private final long id;
    private final long candidateId;
    private final long fromEnrolmentId;
    private final long fromCohortId;
    private final long toEnrolmentId;
    private final long toCohortId;
    private final String reason;
    private final String approvedBy;
    private final String recordedBy;
    private final Instant transferredAt;

    public TransferView(long id, long candidateId, long fromEnrolmentId, long fromCohortId, long toEnrolmentId,
                        long toCohortId, String reason, String approvedBy, String recordedBy, Instant transferredAt) {
        this.id = id;
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

    public long getId() { return id; }
    public long getCandidateId() { return candidateId; }
    public long getFromEnrolmentId() { return fromEnrolmentId; }
    public long getFromCohortId() { return fromCohortId; }
    public long getToEnrolmentId() { return toEnrolmentId; }
    public long getToCohortId() { return toCohortId; }
    public String getReason() { return reason; }
    public String getApprovedBy() { return approvedBy; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getTransferredAt() { return transferredAt; }
}
