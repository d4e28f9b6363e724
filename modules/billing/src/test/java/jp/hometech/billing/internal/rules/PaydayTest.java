package jp.hometech.billing.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaydayTest {

    private final JapaneseCalendar calendar = JapaneseCalendar.standard();
    private final Payday payday = new Payday(calendar, 1);

    @ParameterizedTest(name = "work of {0} is paid on {1}")
    @CsvSource({
            "2026-11, 2026-12-30",   // 12-31 is in the banks' year-end closure
            "2026-12, 2027-01-29",   // 01-31 is a Sunday, 01-30 a Saturday
            "2027-03, 2027-04-30",
            "2027-04, 2027-05-31",
            "2026-01, 2026-02-27",   // 02-28 is a Saturday
            "2026-05, 2026-06-30"})
    void paidOnTheLastDayOfTheNextMonthOrTheBankBusinessDayBefore_B2_K2(YearMonth month, LocalDate expected) {
        assertEquals(expected, payday.of(month));
    }

    @Test
    void everyMonthFrom2026To2030IsPaidOnTheLastBankBusinessDayOfTheNextMonth_B2_K2() {
        for (YearMonth month = YearMonth.of(2026, 1); !month.isAfter(YearMonth.of(2030, 12)); month = month.plusMonths(1)) {
            LocalDate paid = payday.of(month);
            YearMonth next = month.plusMonths(1);
            assertEquals(next, YearMonth.from(paid), month + " is paid in the next month");
            assertTrue(calendar.isBankBusinessDay(paid), month + ": " + paid + " is a bank business day");
            for (LocalDate later = paid.plusDays(1); !later.isAfter(next.atEndOfMonth()); later = later.plusDays(1)) {
                assertFalse(calendar.isBankBusinessDay(later), month + ": no bank business day after " + paid + ", but " + later);
            }
        }
    }

    @Test
    void aPaydayMoreThanSixtyDaysAfterTheMonthIsRefusedNotWritten_B2() {
        Payday twoMonthsLater = new Payday(calendar, 2);

        // Work of 2027-07 (ends 07-31) two months later: 2027-09-30, 61 days.
        BusinessException refused = assertThrows(BusinessException.class, () -> twoMonthsLater.of(YearMonth.of(2027, 7)));

        assertEquals("billing.payday.beyondSixtyDays", refused.messageKey());
        assertEquals("2027-09-30", refused.arguments()[1]);
        assertEquals(61L, refused.arguments()[2]);
    }

    @Test
    void sixtyDaysExactlyIsAllowed_B2() {
        // Work of 2026-11 (ends 11-30) two months later: 2027-01-31 is a Sunday, so 2027-01-29, 60 days.
        assertEquals(LocalDate.of(2027, 1, 29), new Payday(calendar, 2).of(YearMonth.of(2026, 11)));
    }
}
