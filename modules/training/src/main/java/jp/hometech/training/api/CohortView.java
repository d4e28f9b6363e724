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
    private final LocalDate lineReadyBy;
    private final boolean lineReadyBySet;
    private final long version;

    public CohortView(long id, LocalDate startDate, int capacity, long seatsTaken, CohortStatus status,
                      LocalDate firstGroupDay, LocalDate assessmentDay, LocalDate firstCallTrainingDay,
                      LocalDate workStartDate, LocalDate lineReadyBy, boolean lineReadyBySet, long version) {
        this.id = id;
        this.startDate = startDate;
        this.capacity = capacity;
        this.seatsTaken = seatsTaken;
        this.status = status;
        this.firstGroupDay = firstGroupDay;
        this.assessmentDay = assessmentDay;
        this.firstCallTrainingDay = firstCallTrainingDay;
        this.workStartDate = workStartDate;
        this.lineReadyBy = lineReadyBy;
        this.lineReadyBySet = lineReadyBySet;
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
    /** E4: the date by which a trainee's fixed line must be ready (the trainer's, else the default). */
    public LocalDate getLineReadyBy() { return lineReadyBy; }
    /** Whether the trainer set {@link #getLineReadyBy()}; false when it is the default. */
    public boolean isLineReadyBySet() { return lineReadyBySet; }
    public long getVersion() { return version; }
}
