package jp.hometech.training.internal.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.TrainingPhase;
import jp.hometech.training.internal.layout.PlannedDay;

import java.time.LocalDate;
import java.time.LocalTime;

/** An entry of a cohort's plan. Edited only through its cohort, whose version guards it. */
@Entity
@Table(name = "cohort_day")
public class CohortDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "day_position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(name = "seq_in_phase", nullable = false)
    private int sequence;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    protected CohortDay() {
    }

    public CohortDay(long cohortId, PlannedDay planned) {
        this.cohortId = cohortId;
        this.position = planned.position();
        this.phase = planned.phase();
        this.kind = planned.kind();
        this.sequence = planned.sequence();
        this.firstDate = planned.firstDate();
        this.lastDate = planned.lastDate();
        this.startTime = planned.startTime();
        this.endTime = planned.endTime();
    }

    public PlannedDay toPlanned() {
        return new PlannedDay(position, phase, kind, sequence, firstDate, lastDate, startTime, endTime);
    }

    public void moveTo(LocalDate date) {
        this.firstDate = date;
        this.lastDate = date;
    }

    public Long getId() { return id; }
    public long getCohortId() { return cohortId; }
    public int getPosition() { return position; }
    public TrainingPhase getPhase() { return phase; }
    public DayKind getKind() { return kind; }
    public int getSequence() { return sequence; }
    public LocalDate getFirstDate() { return firstDate; }
    public LocalDate getLastDate() { return lastDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
}
