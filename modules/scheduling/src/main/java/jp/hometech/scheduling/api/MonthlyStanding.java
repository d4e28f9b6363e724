package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * A contractor's standing in one month against the three obligations (S4): pre-entered hours, of them on
 * Saturdays, Sundays and national holidays, and hours worked; with the projection of hours worked (worked so
 * far plus the pre-entries of the days still to come), and whether the month is over (final).
 */
public final class MonthlyStanding implements Serializable {

    private final long contractorAccountId;
    private final YearMonth month;
    private final long preEnteredMinutes;
    private final long preEnteredWeekendHolidayMinutes;
    private final long workedMinutes;
    private final long projectedWorkedMinutes;
    private final boolean finalStanding;
    private final EnumMap<Obligation, ObligationStatus> statuses;

    public MonthlyStanding(long contractorAccountId, YearMonth month, long preEnteredMinutes,
                           long preEnteredWeekendHolidayMinutes, long workedMinutes, long projectedWorkedMinutes,
                           boolean finalStanding, Map<Obligation, ObligationStatus> statuses) {
        this.contractorAccountId = contractorAccountId;
        this.month = month;
        this.preEnteredMinutes = preEnteredMinutes;
        this.preEnteredWeekendHolidayMinutes = preEnteredWeekendHolidayMinutes;
        this.workedMinutes = workedMinutes;
        this.projectedWorkedMinutes = projectedWorkedMinutes;
        this.finalStanding = finalStanding;
        this.statuses = new EnumMap<>(statuses);
    }

    public long getContractorAccountId() { return contractorAccountId; }
    public YearMonth getMonth() { return month; }
    public long getPreEnteredMinutes() { return preEnteredMinutes; }
    public long getPreEnteredWeekendHolidayMinutes() { return preEnteredWeekendHolidayMinutes; }
    public long getWorkedMinutes() { return workedMinutes; }
    public long getProjectedWorkedMinutes() { return projectedWorkedMinutes; }
    public BigDecimal getPreEnteredHours() { return hours(preEnteredMinutes); }
    public BigDecimal getPreEnteredWeekendHolidayHours() { return hours(preEnteredWeekendHolidayMinutes); }
    public BigDecimal getWorkedHours() { return hours(workedMinutes); }
    public BigDecimal getProjectedWorkedHours() { return hours(projectedWorkedMinutes); }
    /** True once the month is over: the figures no longer change with the calendar. */
    public boolean isFinal() { return finalStanding; }
    public ObligationStatus status(Obligation obligation) { return statuses.get(obligation); }
    public ObligationStatus getPreEntryStatus() { return statuses.get(Obligation.PRE_ENTRY); }
    public ObligationStatus getWeekendHolidayStatus() { return statuses.get(Obligation.PRE_ENTRY_WEEKEND_HOLIDAY); }
    public ObligationStatus getWorkedStatus() { return statuses.get(Obligation.WORKED); }
    public boolean isAnyProblem() { return statuses.values().stream().anyMatch(ObligationStatus::isProblem); }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
