package jp.hometech.scheduling.internal.rules;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.Obligation;
import jp.hometech.scheduling.api.ObligationStatus;
import jp.hometech.scheduling.api.PreEntrySlot;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingRulesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate AFTER_NOVEMBER = LocalDate.of(2026, 12, 1);
    private final StandingRules rules = new StandingRules(JapaneseCalendar.standard());

    private static long hours(double hours) {
        return Math.round(hours * 60);
    }

    @Test
    void nationalHolidayOnAMondayCountsAsHolidayHours_S4_K1() {
        LocalDate laborThanksgiving = LocalDate.of(2026, 11, 23);
        assertTrue(rules.countsAsWeekendOrHoliday(laborThanksgiving));
        assertFalse(rules.countsAsWeekendOrHoliday(LocalDate.of(2026, 11, 24)));
        assertEquals(420, rules.weekendHolidayMinutes(List.of(
                new PreEntrySlot(laborThanksgiving, LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new PreEntrySlot(LocalDate.of(2026, 11, 24), LocalTime.of(10, 0), LocalTime.of(17, 0)))));
    }

    @Test
    void newYearsDayOnAFridayCountsAsHolidayHours_S4_K1() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertEquals(java.time.DayOfWeek.FRIDAY, newYear.getDayOfWeek());
        assertTrue(rules.countsAsWeekendOrHoliday(newYear));
        assertFalse(rules.countsAsWeekendOrHoliday(LocalDate.of(2027, 1, 4)));
        assertEquals(390, rules.weekendHolidayMinutes(List.of(
                new PreEntrySlot(newYear, LocalTime.of(10, 0), LocalTime.of(12, 30)),
                new PreEntrySlot(LocalDate.of(2027, 1, 2), LocalTime.of(13, 0), LocalTime.of(17, 0)),
                new PreEntrySlot(LocalDate.of(2027, 1, 4), LocalTime.of(10, 0), LocalTime.of(17, 0)))));
    }

    @Test
    void preEntryOf79AndAHalfHoursIsMissedAnd80IsMet_S4() {
        assertEquals(ObligationStatus.MISSED, final_(hours(79.5), hours(30), hours(70)).getPreEntryStatus());
        assertEquals(ObligationStatus.MET, final_(hours(80), hours(30), hours(70)).getPreEntryStatus());
    }

    @Test
    void weekendHolidayPreEntryOf19AndAHalfHoursIsMissedAnd20IsMet_S4() {
        assertEquals(ObligationStatus.MISSED, final_(hours(90), hours(19.5), hours(70)).getWeekendHolidayStatus());
        assertEquals(ObligationStatus.MET, final_(hours(90), hours(20), hours(70)).getWeekendHolidayStatus());
    }

    @Test
    void workOf64AndAHalfHoursIsMissedAnd65IsMet_S4() {
        MonthlyStanding short_ = final_(hours(90), hours(30), hours(64.5));
        assertEquals(ObligationStatus.MISSED, short_.getWorkedStatus());
        assertTrue(short_.isFinal());
        assertEquals(ObligationStatus.MET, final_(hours(90), hours(30), hours(65)).getWorkedStatus());
        assertFalse(final_(hours(90), hours(30), hours(65)).isAnyProblem());
    }

    @Test
    void duringTheMonthWorkIsProjectedFromTheRemainingPreEntries_S4() {
        LocalDate midMonth = LocalDate.of(2026, 11, 15);
        MonthlyStanding onTrack = rules.standing(1, NOVEMBER, midMonth, hours(85), hours(25), hours(40), hours(25));
        assertFalse(onTrack.isFinal());
        assertEquals(hours(65), onTrack.getProjectedWorkedMinutes());
        assertEquals(ObligationStatus.ON_TRACK, onTrack.getWorkedStatus());
        MonthlyStanding atRisk = rules.standing(1, NOVEMBER, midMonth, hours(85), hours(25), hours(40), hours(24.5));
        assertEquals(ObligationStatus.AT_RISK, atRisk.getWorkedStatus());
        assertEquals(ObligationStatus.AT_RISK, rules.standing(1, NOVEMBER, midMonth, hours(79.5), hours(25), 0, 0).getPreEntryStatus());
        assertEquals(ObligationStatus.MET, rules.standing(1, NOVEMBER, midMonth, hours(80), hours(20), 0, 0).getPreEntryStatus());
    }

    @Test
    void aMonthIsFinalOnlyAfterItsLastDay_S4() {
        assertFalse(rules.standing(1, NOVEMBER, LocalDate.of(2026, 11, 30), 0, 0, 0, 0).isFinal());
        assertTrue(rules.standing(1, NOVEMBER, AFTER_NOVEMBER, 0, 0, 0, 0).isFinal());
        assertEquals(ObligationStatus.MISSED, rules.standing(1, NOVEMBER, AFTER_NOVEMBER, 0, 0, 0, 0).status(Obligation.WORKED));
    }

    private MonthlyStanding final_(long preEntered, long weekendHoliday, long worked) {
        return rules.standing(7, NOVEMBER, AFTER_NOVEMBER, preEntered, weekendHoliday, worked, 0);
    }
}
