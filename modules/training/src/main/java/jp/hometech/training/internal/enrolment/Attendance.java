package jp.hometech.training.internal.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.training.api.AttendanceView;
import jp.hometech.training.api.DayKind;

import java.time.Instant;
import java.time.LocalDate;

/** T3: an absence is recorded as "self-study instead"; there is no make-up session. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "cohort_day_id", nullable = false)
    private long cohortDayId;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "self_study_instead", nullable = false)
    private boolean selfStudyInstead;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Attendance() {
    }

    public Attendance(long enrolmentId, long cohortDayId) {
        this.enrolmentId = enrolmentId;
        this.cohortDayId = cohortDayId;
    }

    public void mark(boolean present, String recordedBy, Instant recordedAt) {
        this.present = present;
        this.selfStudyInstead = !present;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public AttendanceView toView(LocalDate date, DayKind kind) {
        return new AttendanceView(id, enrolmentId, cohortDayId, date, kind, present, selfStudyInstead, recordedBy,
                recordedAt, version);
    }

    public Long getId() { return id; }
    public long getEnrolmentId() { return enrolmentId; }
    public long getCohortDayId() { return cohortDayId; }
    public boolean isPresent() { return present; }
    public long getVersion() { return version; }
}
