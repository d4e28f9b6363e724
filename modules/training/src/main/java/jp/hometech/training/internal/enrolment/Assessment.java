package jp.hometech.training.internal.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.AssessmentView;

import java.time.Instant;
import java.time.LocalDate;

/** T1: the assessment after the group days, recorded once per enrolment. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "fail_reason", length = 1000)
    private String failReason;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Assessment() {
    }

    public Assessment(long enrolmentId, LocalDate assessedOn, boolean passed, String failReason, String recordedBy,
                      Instant recordedAt) {
        this.enrolmentId = enrolmentId;
        this.assessedOn = assessedOn;
        this.passed = passed;
        this.failReason = failReason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public AssessmentView toView() {
        return new AssessmentView(enrolmentId, assessedOn, passed, failReason, recordedBy, recordedAt);
    }
}
