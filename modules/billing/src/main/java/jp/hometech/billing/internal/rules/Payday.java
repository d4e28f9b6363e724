package jp.hometech.billing.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * B2 with K2: the work of a calendar month is paid on the last day of the month {@code monthsAfter} later (1 by
 * contract), or the bank business day before it when banks are closed that day. The freelance act
 * (フリーランス・事業者間取引適正化等法 第4条) allows at most 60 days from the end of the work month: a payday beyond
 * that is refused, never written.
 */
public final class Payday {

    public static final int MAX_DAYS_AFTER_MONTH_END = 60;

    private final JapaneseCalendar calendar;
    private final int monthsAfter;

    public Payday(JapaneseCalendar calendar, int monthsAfter) {
        if (monthsAfter < 1) {
            throw new IllegalArgumentException("monthsAfter must be at least 1: " + monthsAfter);
        }
        this.calendar = calendar;
        this.monthsAfter = monthsAfter;
    }

    /** The payday of {@code workMonth}, checked against the 60-day limit. */
    public LocalDate of(YearMonth workMonth) {
        LocalDate nominal = workMonth.plusMonths(monthsAfter).atEndOfMonth();
        LocalDate payday = calendar.onOrPreviousBankBusinessDay(nominal);
        long days = ChronoUnit.DAYS.between(workMonth.atEndOfMonth(), payday);
        if (days > MAX_DAYS_AFTER_MONTH_END) {
            throw new BusinessException("billing.payday.beyondSixtyDays", workMonth.toString(), payday.toString(), days);
        }
        return payday;
    }
}
