package jp.hometech.certificates.internal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WarekiTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2019-04-30, 平成31年4月30日",
            "2019-05-01, 令和元年5月1日",
            "1989-01-07, 昭和64年1月7日",
            "1989-01-08, 平成元年1月8日",
            "2026-12-02, 令和8年12月2日",
            "2020-01-01, 令和2年1月1日",
            "1926-12-25, 昭和元年12月25日",
            "1926-12-24, 大正15年12月24日",
    })
    void eraYearOfTheDateWithTheFirstYearWrittenGannen_C3(LocalDate date, String expected) {
        assertEquals(expected, Wareki.date(date));
    }

    @Test
    void dateOfIssueIsPrintedInBothCalendars_C3() {
        assertEquals("令和8年12月2日（2026年12月2日）", Wareki.both(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void monthAndWeekday() {
        assertEquals("2019年5月（令和元年5月）", Wareki.month(YearMonth.of(2019, 5)));
        assertEquals("2019年4月（平成31年4月）", Wareki.month(YearMonth.of(2019, 4)));
        assertEquals("12月2日（水）", Wareki.dayWithWeekday(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void datesBeforeTheGregorianCalendarInJapanAreWrittenInTheWesternYear() {
        assertEquals("1872年12月31日", Wareki.date(LocalDate.of(1872, 12, 31)));
    }
}
