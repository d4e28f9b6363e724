package jp.hometech.recruitment.api;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public final class InterviewOutcomeView implements java.io.Serializable {

    private final boolean passed;
    private final String notes;
    private final InterviewFailureBasis failureBasis;
    private final String failureReasonCode;
    private final String failureReasonNameJa;
    private final String failureReasonNameEn;
    private final Map<R4cTopic, Boolean> checklist;
    private final boolean r4cConfirmed;
    private final Instant recordedAt;
    private final String recordedBy;

    public InterviewOutcomeView(boolean passed, String notes, InterviewFailureBasis failureBasis, String failureReasonCode,
                                String failureReasonNameJa, String failureReasonNameEn, Map<R4cTopic, Boolean> checklist,
                                boolean r4cConfirmed, Instant recordedAt, String recordedBy) {
        this.passed = passed;
        this.notes = notes;
        this.failureBasis = failureBasis;
        this.failureReasonCode = failureReasonCode;
        this.failureReasonNameJa = failureReasonNameJa;
        this.failureReasonNameEn = failureReasonNameEn;
        Map<R4cTopic, Boolean> copy = new EnumMap<>(R4cTopic.class);
        copy.putAll(checklist);
        this.checklist = Collections.unmodifiableMap(copy);
        this.r4cConfirmed = r4cConfirmed;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public boolean isPassed() { return passed; }
    public String getNotes() { return notes; }
    /** What decided a fail (R8); null for a pass. */
    public InterviewFailureBasis getFailureBasis() { return failureBasis; }
    /** The reason's code when {@link #getFailureBasis()} is REASON. */
    public String getFailureReasonCode() { return failureReasonCode; }
    public String getFailureReasonNameJa() { return failureReasonNameJa; }
    public String getFailureReasonNameEn() { return failureReasonNameEn; }
    /** Every topic with whether the interviewer confirmed it. */
    public Map<R4cTopic, Boolean> getChecklist() { return checklist; }
    /** The topics the applicant did not explain; for a fail on R4C_TOPICS, what decided it. */
    public List<R4cTopic> getNotExplainedTopics() {
        return checklist.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }
    /** R4c holds only when every topic was confirmed. */
    public boolean isR4cConfirmed() { return r4cConfirmed; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
