package jp.hometech.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

public final class AssessmentView implements Serializable {

    private final long enrolmentId;
    private final LocalDate assessedOn;
    private final boolean passed;
    private final String failReason;
    private final String recordedBy;
    private final Instant recordedAt;

    public AssessmentView(long enrolmentId, LocalDate assessedOn, boolean passed, String failReason, String recordedBy,
                          Instant recordedAt) {
        this.enrolmentId = enrolmentId;
        this.assessedOn = assessedOn;
        this.passed = passed;
        this.failReason = failReason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getEnrolmentId() { return enrolmentId; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public boolean isPassed() { return passed; }
    public String getFailReason() { return failReason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
