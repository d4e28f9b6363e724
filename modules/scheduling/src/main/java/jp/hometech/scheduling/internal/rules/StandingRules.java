package jp.hometech.scheduling.internal.rules;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.Obligation;
import jp.hometech.scheduling.api.ObligationStatus;
import jp.hometech.scheduling.api.PreEntrySlot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * S4: each month, pre-entry of at least 80 h, of which at least 20 h on Saturdays, Sundays or national holidays
 * (K1, the platform calendar), and at least 65 h of work. During the month, hours worked are projected as the
 * work so far plus the pre-entries of the days after today.
 */
public final class StandingRules {

    private final JapaneseCalendar calendar;

    public StandingRules(JapaneseCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean countsAsWeekendOrHoliday(LocalDate date) {
        return calendar.isWeekendOrHoliday(date);
    }

    /** Minutes of the slots on Saturdays, Sundays and national holidays. */
    public long weekendHolidayMinutes(Collection<PreEntrySlot> slots) {
        return slots.stream().filter(slot -> countsAsWeekendOrHoliday(slot.getDate())).mapToLong(PreEntrySlot::getMinutes).sum();
    }

    /**
     * @param preEnteredAfterToday minutes pre-entered for the days of the month after {@code today} (0 once the month is over)
     */
    public MonthlyStanding standing(long accountId, YearMonth month, LocalDate today, long preEntered,
                                    long preEnteredWeekendHoliday, long worked, long preEnteredAfterToday) {
        boolean over = month.atEndOfMonth().isBefore(today);
        long projected = worked + (over ? 0 : preEnteredAfterToday);
        Map<Obligation, ObligationStatus> statuses = new EnumMap<>(Obligation.class);
        statuses.put(Obligation.PRE_ENTRY, status(Obligation.PRE_ENTRY, preEntered, preEntered, over));
        statuses.put(Obligation.PRE_ENTRY_WEEKEND_HOLIDAY, status(Obligation.PRE_ENTRY_WEEKEND_HOLIDAY,
                preEnteredWeekendHoliday, preEnteredWeekendHoliday, over));
        statuses.put(Obligation.WORKED, status(Obligation.WORKED, worked, projected, over));
        return new MonthlyStanding(accountId, month, preEntered, preEnteredWeekendHoliday, worked, projected, over, statuses);
    }

    static ObligationStatus status(Obligation obligation, long actual, long projected, boolean over) {
        if (actual >= obligation.getRequiredMinutes()) {
            return ObligationStatus.MET;
        }
        if (over) {
            return ObligationStatus.MISSED;
        }
        return projected >= obligation.getRequiredMinutes() && projected > actual ? ObligationStatus.ON_TRACK : ObligationStatus.AT_RISK;
    }
}
