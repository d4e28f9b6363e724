package jp.hometech.recruitment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jp.hometech.recruitment.api.InterviewFailureBasis;
import jp.hometech.recruitment.api.InterviewOutcomeView;
import jp.hometech.recruitment.api.R4cTopic;
import jp.hometech.recruitment.internal.rules.InterviewChecklist;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "interview_outcome")
public class InterviewOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(name = "booking_id", nullable = false, updatable = false)
    private long bookingId;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = 2000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_basis", length = 20)
    private InterviewFailureBasis failureBasis;

    /** The reason by code, not a relation: the reference row may be renamed, the outcome keeps pointing at it. */
    @Column(name = "failure_reason_code", length = 40)
    private String failureReasonCode;

    @Column(name = "r4c_confirmed", nullable = false)
    private boolean r4cConfirmed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_checklist", joinColumns = @JoinColumn(name = "outcome_id"))
    @MapKeyColumn(name = "topic", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "confirmed", nullable = false)
    private Map<R4cTopic, Boolean> checklist = new HashMap<>();

    protected InterviewOutcome() {
    }

    InterviewOutcome(long applicantId, long bookingId, boolean passed, String notes, InterviewFailureBasis failureBasis,
                     String failureReasonCode, InterviewChecklist checklist, Instant recordedAt, String recordedBy) {
        this.applicantId = applicantId;
        this.bookingId = bookingId;
        this.passed = passed;
        this.notes = notes;
        this.failureBasis = failureBasis;
        this.failureReasonCode = failureReasonCode;
        this.checklist = new HashMap<>(checklist.topics());
        this.r4cConfirmed = checklist.allConfirmed();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    InterviewOutcomeView toView(InterviewFailureReason reason) {
        return new InterviewOutcomeView(passed, notes, failureBasis, failureReasonCode,
                reason == null ? null : reason.getNameJa(), reason == null ? null : reason.getNameEn(),
                new EnumMap<>(checklistOrEmpty()), r4cConfirmed, recordedAt, recordedBy);
    }

    /** With the reason's current names, read by code. */
    InterviewOutcomeView toView(jakarta.persistence.EntityManager em) {
        return toView(failureReasonCode == null ? null : InterviewFailureReason.byCode(em, failureReasonCode).orElse(null));
    }

    InterviewFailureBasis getFailureBasis() { return failureBasis; }
    String getFailureReasonCode() { return failureReasonCode; }

    private Map<R4cTopic, Boolean> checklistOrEmpty() {
        Map<R4cTopic, Boolean> copy = new EnumMap<>(R4cTopic.class);
        copy.putAll(checklist);
        return copy;
    }
}
