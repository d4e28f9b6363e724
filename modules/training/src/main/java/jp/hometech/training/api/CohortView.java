package jp.hometech.training.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A cohort with its key dates and how many of its seats are taken. */
public final class CohortView implements Serializable {

    private final long id;
    private final LocalDate startDate;
    private final int capacity;
    private final long seatsTaken;
    private final CohortStatus status;
    private final LocalDate firstGroupDay;
    private final LocalDate assessmentDay;
    private final LocalDate firstCallTrainingDay;
    private final LocalDate workStartDate;
    private final long version;

    public CohortView(long id, LocalDate startDate, int capacity, long seatsTaken, CohortStatus status,
                      LocalDate firstGroupDay, LocalDate assessmentDay, LocalDate firstCallTrainingDay,
                      LocalDate workStartDate, long version) {
        this.id = id;
        this.startDate = startDate;
        this.capacity = capacity;
        this.seatsTaken = seatsTaken;
        this.status = status;
        this.firstGroupDay = firstGroupDay;
        this.assessmentDay = assessmentDay;
        this.firstCallTrainingDay = firstCallTrainingDay;
        this.workStartDate = workStartDate;
        this.version = version;
    }

    public long getId() { return id; }
    public LocalDate getStartDate() { return startDate; }
    public int getCapacity() { return capacity; }
    public long getSeatsTaken() { return seatsTaken; }
    public long getSeatsLeft() { return Math.max(0, capacity - seatsTaken); }
    public boolean isFull() { return seatsTaken >= capacity; }
    public CohortStatus getStatus() { return status; }
    public LocalDate getFirstGroupDay() { return firstGroupDay; }
    public LocalDate getAssessmentDay() { return assessmentDay; }
    public LocalDate getFirstCallTrainingDay() { return firstCallTrainingDay; }
    public LocalDate getWorkStartDate() { return workStartDate; }
    public long getVersion() { return version; }
}
