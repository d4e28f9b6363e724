package jp.hometech.recruitment.api;

import java.time.YearMonth;

/** A count of erased applications sharing month, age band, route, final status and interview failure: all that is kept of them. */
public final class ApplicationStatisticView implements java.io.Serializable {

    private final YearMonth appliedMonth;
    private final AgeBand ageBand;
    private final QualificationRoute route;
    private final ScreeningDecision decision;
    private final ApplicantStatus finalStatus;
    private final String interviewFailure;
    private final long count;

    public ApplicationStatisticView(YearMonth appliedMonth, AgeBand ageBand, QualificationRoute route,
                                    ScreeningDecision decision, ApplicantStatus finalStatus, String interviewFailure,
                                    long count) {
        this.appliedMonth = appliedMonth;
        this.ageBand = ageBand;
        this.route = route;
        this.decision = decision;
        this.finalStatus = finalStatus;
        this.interviewFailure = interviewFailure;
        this.count = count;
    }

    public YearMonth getAppliedMonth() { return appliedMonth; }
    public AgeBand getAgeBand() { return ageBand; }
    public QualificationRoute getRoute() { return route; }
    public ScreeningDecision getDecision() { return decision; }
    public ApplicantStatus getFinalStatus() { return finalStatus; }
    /** What decided a failed interview (R8): "R4C_TOPICS" or a failure reason's code; null when none failed. */
    public String getInterviewFailure() { return interviewFailure; }
    public long getCount() { return count; }
}
