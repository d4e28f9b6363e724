package jp.hometech.scheduling.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a contractor actually worked, from the imported work records (実績), for other modules: certificates
 * (C3: hours per month, days per week, the day-by-day record) and billing (B1, B3: hours and calls per month).
 * A contractor is the platform account id. Every answer is computed from the stored records at the time of
 * the call, so it is correct after a day has been re-imported.
 */
public interface WorkRecordQuery {

    /** The month's totals; a month without records gives zeros. */
    MonthlyWorkSummary month(long contractorAccountId, YearMonth month);

    /**
     * The {@code count} full calendar months immediately before {@code beforeMonth} (which itself is not
     * included), oldest first; months without records are included with zeros. E.g. before 2027-01 with
     * count 3: 2026-10, 2026-11, 2026-12.
     */
    List<MonthlyWorkSummary> lastFullMonths(long contractorAccountId, YearMonth beforeMonth, int count);

    /** Every day with at least one work record between {@code from} and {@code to} (both included), in date order. */
    List<WorkDayView> daysWorked(long contractorAccountId, LocalDate from, LocalDate to);

    /**
     * Every contractor's daily totals in {@code month} (only days with records), ordered by contractor and date:
     * one aggregate over the month, for the monthly close of all contractors at once. With
     * {@code contractorAccountIds} given, only theirs (a draft recomputed after a re-import).
     */
    List<DailyWorkTotal> dailyTotals(YearMonth month, java.util.Collection<Long> contractorAccountIds);
}
