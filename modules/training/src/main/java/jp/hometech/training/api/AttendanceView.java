package jp.hometech.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** T3: a missed day has no make-up session; it is flagged "self-study instead". */
public final class AttendanceView implements Serializable {

    private final long id;
    private final long enrolmentId;
    private final long cohortDayId;
    private final LocalDate date;
    private final DayKind kind;
    private final boolean present;
    private final boolean selfStudyInstead;
    private final String recordedBy;
    private final Instant recordedAt;
    private final long version;

    public AttendanceView(long id, long enrolmentId, long cohortDayId, LocalDate date, DayKind kind, boolean present,
                          boolean selfStudyInstead, String recordedBy, Instant recordedAt, long version) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.cohortDayId = cohortDayId;
        this.date = date;
        this.kind = kind;
        this.present = present;
        this.selfStudyInstead = selfStudyInstead;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    public long getId() { return id; }
    public long getEnrolmentId() { return enrolmentId; }
    public long getCohortDayId() { return cohortDayId; }
    public LocalDate getDate() { return date; }
    public DayKind getKind() { return kind; }
    public boolean isPresent() { return present; }
    public boolean isSelfStudyInstead() { return selfStudyInstead; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
