package jp.hometech.training.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An announced cohort with its key dates, as recruitment shows it to registered applicants (T5, R7). */
public final class UpcomingCohort implements Serializable {

    private final long cohortId;
    private final LocalDate startDate;
    private final List<LocalDate> groupDays;
    private final LocalDate assessmentDay;
    private final List<LocalDate> postPassGroupDays;
    private final List<LocalDate> callTrainingDays;
    private final LocalDate workStartDate;
    private final long seatsLeft;

    public UpcomingCohort(long cohortId, LocalDate startDate, List<LocalDate> groupDays, LocalDate assessmentDay,
                          List<LocalDate> postPassGroupDays, List<LocalDate> callTrainingDays, LocalDate workStartDate,
                          long seatsLeft) {
        this.cohortId = cohortId;
        this.startDate = startDate;
        this.groupDays = List.copyOf(groupDays);
        this.assessmentDay = assessmentDay;
        this.postPassGroupDays = List.copyOf(postPassGroupDays);
        this.callTrainingDays = List.copyOf(callTrainingDays);
        this.workStartDate = workStartDate;
        this.seatsLeft = seatsLeft;
    }

    public long getCohortId() { return cohortId; }
    public LocalDate getStartDate() { return startDate; }
    public List<LocalDate> getGroupDays() { return groupDays; }
    public LocalDate getAssessmentDay() { return assessmentDay; }
    public List<LocalDate> getPostPassGroupDays() { return postPassGroupDays; }
    public List<LocalDate> getCallTrainingDays() { return callTrainingDays; }
    public LocalDate getWorkStartDate() { return workStartDate; }
    public long getSeatsLeft() { return seatsLeft; }
    public boolean isFull() { return seatsLeft == 0; }
}
