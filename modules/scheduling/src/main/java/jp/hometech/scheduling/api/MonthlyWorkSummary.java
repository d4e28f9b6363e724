package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

/** One contractor's work in one calendar month (1st to last day), from the work records. */
public final class MonthlyWorkSummary implements Serializable {

    private final long contractorAccountId;
    private final YearMonth month;
    private final int daysWorked;
    private final long minutesWorked;
    private final long callsHandled;

    public MonthlyWorkSummary(long contractorAccountId, YearMonth month, int daysWorked, long minutesWorked,
                              long callsHandled) {
        this.contractorAccountId = contractorAccountId;
        this.month = Objects.requireNonNull(month, "month");
        this.daysWorked = daysWorked;
        this.minutesWorked = minutesWorked;
        this.callsHandled = callsHandled;
    }

    public long getContractorAccountId() { return contractorAccountId; }
    public YearMonth getMonth() { return month; }
    /** Days with at least one work session. */
    public int getDaysWorked() { return daysWorked; }
    /** The exact sum of every session's length. */
    public long getMinutesWorked() { return minutesWorked; }
    /** {@link #getMinutesWorked()} in hours, two decimals, rounded half up (e.g. 4,530 min = 75.50). */
    public BigDecimal getHoursWorked() {
        return BigDecimal.valueOf(minutesWorked).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
    public long getCallsHandled() { return callsHandled; }
    /**
     * Days worked per week on average over the whole month: days worked × 7 ÷ days in the month, one decimal,
     * rounded half up (12 days in November = 2.8).
     */
    public BigDecimal getAverageDaysPerWeek() {
        return BigDecimal.valueOf(daysWorked * 7L)
                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 1, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyWorkSummary other && contractorAccountId == other.contractorAccountId
                && month.equals(other.month) && daysWorked == other.daysWorked
                && minutesWorked == other.minutesWorked && callsHandled == other.callsHandled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contractorAccountId, month, daysWorked, minutesWorked, callsHandled);
    }

    @Override
    public String toString() {
        return "MonthlyWorkSummary[" + contractorAccountId + " " + month + ": " + daysWorked + " days, "
                + minutesWorked + " min, " + callsHandled + " calls]";
    }
}
