package jp.hometech.recruitment.api;

import java.time.YearMonth;

/** A count of erased applications sharing month, age band, route and final status: all that is kept of them. */
public final class ApplicationStatisticView implements java.io.Serializable {

    private final YearMonth appliedMonth;
    private final AgeBand ageBand;
    private final QualificationRoute route;
    private final ScreeningDecision decision;
    private final ApplicantStatus finalStatus;
    private final long count;

    public ApplicationStatisticView(YearMonth appliedMonth, AgeBand ageBand, QualificationRoute route,
                                    ScreeningDecision decision, ApplicantStatus finalStatus, long count) {
        this.appliedMonth = appliedMonth;
        this.ageBand = ageBand;
        this.route = route;
        this.decision = decision;
        this.finalStatus = finalStatus;
        this.count = count;
    }

    public YearMonth getAppliedMonth() { return appliedMonth; }
    public AgeBand getAgeBand() { return ageBand; }
    public QualificationRoute getRoute() { return route; }
    public ScreeningDecision getDecision() { return decision; }
    public ApplicantStatus getFinalStatus() { return finalStatus; }
    public long getCount() { return count; }
}
