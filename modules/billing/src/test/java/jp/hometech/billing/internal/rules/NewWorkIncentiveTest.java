package jp.hometech.billing.internal.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewWorkIncentiveTest {

    private static final LocalDate WORK_START = LocalDate.of(2027, 2, 15);

    @ParameterizedTest(name = "{0} with {1} calls pays {2}")
    @CsvSource({
            "2027-02, 0,  0",
            "2027-02, 1,  40000",
            "2027-03, 49, 0",
            "2027-03, 50, 40000",
            "2027-04, 50, 40000",
            "2027-05, 50, 40000",
            "2027-05, 49, 0",
            "2027-06, 500, 0",     // the fifth month is outside the window
            "2027-01, 100, 0"})    // before the work started
    void startMonthNeedsOneCallTheNextThreeFiftyEach_B3(YearMonth month, long calls, long expected) {
        assertEquals(expected, NewWorkIncentive.amountFor(month, true, WORK_START, calls));
    }

    @Test
    void notFirstTimeHomeBasedWorkPaysNothing_B3() {
        assertEquals(0, NewWorkIncentive.amountFor(YearMonth.of(2027, 2), false, WORK_START, 300));
    }

    @Test
    void workStartOnTheLastDayOfAMonthMakesThatDayTheWholeStartMonth_B3() {
        LocalDate lastDay = LocalDate.of(2027, 3, 31);

        assertEquals(40_000, NewWorkIncentive.amountFor(YearMonth.of(2027, 3), true, lastDay, 1));
        assertEquals(40_000, NewWorkIncentive.amountFor(YearMonth.of(2027, 6), true, lastDay, 50));
        assertEquals(0, NewWorkIncentive.amountFor(YearMonth.of(2027, 7), true, lastDay, 50));
        assertEquals(4, NewWorkIncentive.windowMonth(YearMonth.of(2027, 6), lastDay));
    }

    @Test
    void aMissedMonthIsNotCarriedOverAndTheTotalStaysAtMost160000_B3() {
        long[] calls = {1, 10, 50, 50, 50};
        long total = 0;
        for (int i = 0; i < calls.length; i++) {
            total += NewWorkIncentive.amountFor(YearMonth.of(2027, 2).plusMonths(i), true, WORK_START, calls[i]);
        }
        assertEquals(120_000, total);
    }
}
