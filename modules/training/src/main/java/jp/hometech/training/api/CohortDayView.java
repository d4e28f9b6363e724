package jp.hometech.training.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One entry of a cohort's plan: a single day ({@code firstDate == lastDate}) or a self-study period. Times
 * are null where the trainee keeps their own hours. Carries the cohort's start and status for calendar views.
 */
public final class CohortDayView implements Serializable {

    private final long id;
    private final long cohortId;
    private final LocalDate cohortStartDate;
    private final CohortStatus cohortStatus;
    private final int position;
    private final TrainingPhase phase;
    private final DayKind kind;
    private final int sequence;
    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final LocalTime startTime;
    private final LocalTime endTime;

    public CohortDayView(long id, long cohortId, LocalDate cohortStartDate, CohortStatus cohortStatus, int position,
                         TrainingPhase phase, DayKind kind, int sequence, LocalDate firstDate, LocalDate lastDate,
                         LocalTime startTime, LocalTime endTime) {
        this.id = id;
        this.cohortId = cohortId;
        this.cohortStartDate = cohortStartDate;
        this.cohortStatus = cohortStatus;
        this.position = position;
        this.phase = phase;
        this.kind = kind;
        this.sequence = sequence;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public long getId() { return id; }
    public long getCohortId() { return cohortId; }
    public LocalDate getCohortStartDate() { return cohortStartDate; }
    public CohortStatus getCohortStatus() { return cohortStatus; }
    public int getPosition() { return position; }
    public TrainingPhase getPhase() { return phase; }
    public DayKind getKind() { return kind; }
    public int getSequence() { return sequence; }
    public LocalDate getFirstDate() { return firstDate; }
    public LocalDate getLastDate() { return lastDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public boolean isPeriod() { return kind == DayKind.SELF_STUDY; }
    public boolean isAttended() { return kind.isAttended(); }
}
