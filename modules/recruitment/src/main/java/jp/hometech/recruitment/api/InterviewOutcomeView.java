package jp.hometech.recruitment.api;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

public final class InterviewOutcomeView implements java.io.Serializable {

    private final boolean passed;
    private final String notes;
    private final String failureReason;
    private final Map<R4cTopic, Boolean> checklist;
    private final boolean r4cConfirmed;
    private final Instant recordedAt;
    private final String recordedBy;

    public InterviewOutcomeView(boolean passed, String notes, String failureReason, Map<R4cTopic, Boolean> checklist,
                                boolean r4cConfirmed, Instant recordedAt, String recordedBy) {
        this.passed = passed;
        this.notes = notes;
        this.failureReason = failureReason;
        Map<R4cTopic, Boolean> copy = new EnumMap<>(R4cTopic.class);
        copy.putAll(checklist);
        this.checklist = Collections.unmodifiableMap(copy);
        this.r4cConfirmed = r4cConfirmed;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public boolean isPassed() { return passed; }
    public String getNotes() { return notes; }
    public String getFailureReason() { return failureReason; }
    /** Every topic with whether the interviewer confirmed it. */
    public Map<R4cTopic, Boolean> getChecklist() { return checklist; }
    /** R4c holds only when every topic was confirmed. */
    public boolean isR4cConfirmed() { return r4cConfirmed; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
