package jp.hometech.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.hometech.platform.api.calendar.NationalHoliday.Kind;

class JapaneseCalendarTest {

    private final JapaneseCalendar calendar = JapaneseCalendar.standard();

    private NationalHoliday holidayOn(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        return calendar.holiday(date).orElseThrow(() -> new AssertionError(date + " should be a holiday"));
    }

    private void assertNoHoliday(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        assertFalse(calendar.isNationalHoliday(date), () -> date + " should not be a holiday");
    }

    @Test
    void substituteHolidayAfterSundayConstitutionDay_K1() {
        NationalHoliday holiday = holidayOn("2026-05-06");
        assertEquals(Kind.SUBSTITUTE, holiday.kind());
        assertEquals("振替休日", holiday.nameJa());
        assertEquals("Substitute Holiday", holiday.nameEn());
    }

    @Test
    void citizensHolidayBetweenRespectForTheAgedDayAndAutumnEquinox_K1() {
        NationalHoliday holiday = holidayOn("2026-09-22");
        assertEquals(Kind.CITIZENS, holiday.kind());
        assertEquals("国民の休日", holiday.nameJa());
        assertEquals("Citizens' Holiday", holiday.nameEn());
    }

    @Test
    void enthronementDay2019IsSpecialHoliday_K1() {
        NationalHoliday holiday = holidayOn("2019-05-01");
        assertEquals(Kind.SPECIAL, holiday.kind());
        assertEquals("天皇の即位の日", holiday.nameJa());
    }

    @Test
    void daysAroundEnthronementDay2019AreCitizensHolidays_K1() {
        assertEquals(Kind.CITIZENS, holidayOn("2019-04-30").kind());
        assertEquals(Kind.CITIZENS, holidayOn("2019-05-02").kind());
    }

    @Test
    void enthronementCeremony2019IsSpecialHoliday_K1() {
        NationalHoliday holiday = holidayOn("2019-10-22");
        assertEquals(Kind.SPECIAL, holiday.kind());
        assertEquals("即位礼正殿の儀", holiday.nameJa());
    }

    @Test
    void sportsDayMarineDayAndMountainDayMovedForOlympics2020_K1() {
        assertEquals("スポーツの日", holidayOn("2020-07-24").nameJa());
        assertEquals("Sports Day", holidayOn("2020-07-24").nameEn());
        assertEquals("海の日", holidayOn("2020-07-23").nameJa());
        assertEquals("山の日", holidayOn("2020-08-10").nameJa());
        assertNoHoliday("2020-10-12");
        assertNoHoliday("2020-07-20");
        assertNoHoliday("2020-08-11");
    }

    @Test
    void sportsDayMarineDayAndMountainDayMovedForOlympics2021_K1() {
        assertEquals("スポーツの日", holidayOn("2021-07-23").nameJa());
        assertEquals(Kind.STATUTORY, holidayOn("2021-07-23").kind());
        assertEquals("海の日", holidayOn("2021-07-22").nameJa());
        assertEquals("山の日", holidayOn("2021-08-08").nameJa());
        assertNoHoliday("2021-10-11");
        assertNoHoliday("2021-08-11");
    }

    @Test
    void mountainDayOnSunday2021GivesSubstituteOnMonday_K1() {
        NationalHoliday holiday = holidayOn("2021-08-09");
        assertEquals(Kind.SUBSTITUTE, holiday.kind());
    }

    @Test
    void noEmperorsBirthdayIn2019_K1() {
        assertTrue(calendar.holidaysIn(2019).stream().noneMatch(holiday -> holiday.nameJa().equals("天皇誕生日")));
        assertNoHoliday("2019-12-23");
        assertNoHoliday("2019-02-23");
        assertEquals("天皇誕生日", holidayOn("2018-12-23").nameJa());
        assertEquals("天皇誕生日", holidayOn("2020-02-23").nameJa());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "1955-03-21, 春分の日",
            "1955-09-24, 秋分の日",
            "1960-03-20, 春分の日",
            "1960-09-23, 秋分の日",
            "2012-09-22, 秋分の日",
            "2024-09-22, 秋分の日",
            "2026-03-20, 春分の日",
            "2026-09-23, 秋分の日",
            "2030-03-20, 春分の日",
            "2050-03-20, 春分の日",
    })
    void equinoxDays_K1(String isoDate, String expectedName) {
        assertEquals(expectedName, holidayOn(isoDate).nameJa());
    }

    @Test
    void year2026HasEighteenHolidaysIncludingSubstituteAndCitizensHolidays_K1() {
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 29),
                LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 5, 6), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 11),
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 23));
        List<NationalHoliday> holidays = calendar.holidaysIn(2026);
        assertEquals(18, holidays.size());
        assertEquals(expected, holidays.stream().map(NationalHoliday::date).toList());
    }

    @Test
    void holidaysInIsInDateOrderAndUnmodifiable_K1() {
        List<NationalHoliday> holidays = calendar.holidaysIn(2026);
        assertEquals(holidays.stream().map(NationalHoliday::date).sorted().toList(),
                holidays.stream().map(NationalHoliday::date).toList());
        assertThrows(UnsupportedOperationException.class, () -> holidays.remove(0));
    }

    @Test
    void holidayNamesFollowLocale_K1() {
        NationalHoliday comingOfAge = holidayOn("2026-01-12");
        assertEquals("成人の日", comingOfAge.name(Locale.JAPAN));
        assertEquals("成人の日", comingOfAge.name(Locale.JAPANESE));
        assertEquals("Coming of Age Day", comingOfAge.name(Locale.ENGLISH));
        assertEquals("Coming of Age Day", comingOfAge.name(Locale.FRANCE));
        assertEquals("Coming of Age Day", comingOfAge.name(Locale.ROOT));
    }

    @Test
    void everyHolidayHasJapaneseAndEnglishNames_K1() {
        for (int year = JapaneseCalendar.GUARANTEED_FIRST_YEAR; year <= JapaneseCalendar.GUARANTEED_LAST_YEAR; year++) {
            for (NationalHoliday holiday : calendar.holidaysIn(year)) {
                assertFalse(holiday.nameJa().isBlank(), holiday::toString);
                assertFalse(holiday.nameEn().isBlank(), holiday::toString);
                assertNotEquals(holiday.nameJa(), holiday.nameEn(), holiday::toString);
            }
        }
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingWeekdays_K1() {
        assertTrue(calendar.isWeekendOrHoliday(LocalDate.of(2026, 6, 13)));  // Saturday
        assertTrue(calendar.isWeekendOrHoliday(LocalDate.of(2026, 6, 14)));  // Sunday
        assertTrue(calendar.isWeekendOrHoliday(LocalDate.of(2026, 4, 29)));  // Wednesday, Showa Day
        assertFalse(calendar.isWeekendOrHoliday(LocalDate.of(2026, 6, 15)));
        assertTrue(calendar.isWorkingWeekday(LocalDate.of(2026, 6, 15)));
        assertFalse(calendar.isWorkingWeekday(LocalDate.of(2026, 4, 29)));
    }

    @Test
    void workingWeekdaysSkipShowaDayAndGoldenWeek_K1() {
        List<LocalDate> days = calendar.workingWeekdays(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 8));
        assertEquals(List.of(
                LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 8)), days);
    }

    @Test
    void workingWeekdaysIncludeYearEndBecauseOnlyBanksClose_K1() {
        List<LocalDate> days = calendar.workingWeekdays(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4));
        assertEquals(List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4)), days);
    }

    @Test
    void workingWeekdaysOfOneDayAndReversedRange_K1() {
        assertEquals(List.of(LocalDate.of(2026, 6, 15)),
                calendar.workingWeekdays(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15)));
        assertEquals(List.of(), calendar.workingWeekdays(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 6)));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> calendar.workingWeekdays(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 14)));
        assertTrue(error.getMessage().contains("2026-06-15"), error.getMessage());
    }

    @Test
    void nextWorkingWeekdayIsStrictlyAfterAndSkipsGoldenWeek_K1() {
        assertEquals(LocalDate.of(2026, 5, 7), calendar.nextWorkingWeekday(LocalDate.of(2026, 5, 1)));
        assertEquals(LocalDate.of(2026, 6, 16), calendar.nextWorkingWeekday(LocalDate.of(2026, 6, 15)));
        assertEquals(LocalDate.of(2026, 6, 15), calendar.nextWorkingWeekday(LocalDate.of(2026, 6, 12)));
    }

    @Test
    void paydayOnNewYearsEveMovesToPreviousBankBusinessDay_K2() {
        assertEquals(LocalDate.of(2026, 12, 30), calendar.onOrPreviousBankBusinessDay(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void onOrPreviousBankBusinessDayKeepsABusinessDayAndSkipsGoldenWeek_K2() {
        assertEquals(LocalDate.of(2026, 6, 15), calendar.onOrPreviousBankBusinessDay(LocalDate.of(2026, 6, 15)));
        assertEquals(LocalDate.of(2026, 5, 1), calendar.onOrPreviousBankBusinessDay(LocalDate.of(2026, 5, 6)));
        assertEquals(LocalDate.of(2026, 12, 30), calendar.onOrPreviousBankBusinessDay(LocalDate.of(2027, 1, 3)));
    }

    @Test
    void previousBankBusinessDayIsStrictlyBefore_K2() {
        assertEquals(LocalDate.of(2026, 12, 30), calendar.previousBankBusinessDay(LocalDate.of(2027, 1, 4)));
        assertEquals(LocalDate.of(2026, 6, 15), calendar.previousBankBusinessDay(LocalDate.of(2026, 6, 16)));
        assertEquals(LocalDate.of(2026, 6, 12), calendar.previousBankBusinessDay(LocalDate.of(2026, 6, 15)));
    }

    @Test
    void firstMondayOf2027IsBankBusinessDay_K2() {
        assertTrue(calendar.isBankBusinessDay(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void secondOfJanuary2026IsNotBankBusinessDayThoughAFriday_K2() {
        LocalDate secondOfJanuary = LocalDate.of(2026, 1, 2);
        assertFalse(calendar.isBankBusinessDay(secondOfJanuary));
        assertTrue(calendar.isWorkingWeekday(secondOfJanuary));
    }

    @ParameterizedTest(name = "{0}: bank business day = {1}")
    @CsvSource({
            "2026-12-30, true",   // Wednesday
            "2026-12-31, false",  // Thursday, year-end closure
            "2027-01-01, false",  // New Year's Day
            "2027-01-02, false",  // Saturday
            "2027-12-31, false",  // Friday, year-end closure
            "2028-01-03, false",  // Monday, year-end closure
            "2028-01-04, true",   // Tuesday
            "2026-05-06, false",  // substitute holiday
            "2026-09-22, false",  // citizens' holiday
            "2026-06-13, false",  // Saturday
            "2026-06-14, false",  // Sunday
            "2026-06-15, true",   // Monday
    })
    void bankBusinessDays_K2(String isoDate, boolean expected) {
        assertEquals(expected, calendar.isBankBusinessDay(LocalDate.parse(isoDate)));
    }

    @Test
    void standardIsShared() {
        assertSame(JapaneseCalendar.standard(), JapaneseCalendar.standard());
        assertEquals("Asia/Tokyo", JapaneseCalendar.ZONE.getId());
    }

    @Test
    void yearsOutsideRulesAreRejectedWithClearMessage_K1() {
        IllegalArgumentException tooEarly = assertThrows(IllegalArgumentException.class,
                () -> calendar.holiday(LocalDate.of(1947, 12, 31)));
        assertTrue(tooEarly.getMessage().contains("1948..2099"), tooEarly.getMessage());
        assertTrue(tooEarly.getMessage().contains("1947-12-31"), tooEarly.getMessage());
        IllegalArgumentException tooLate = assertThrows(IllegalArgumentException.class,
                () -> calendar.holidaysIn(2100));
        assertTrue(tooLate.getMessage().contains("2100"), tooLate.getMessage());
        assertFalse(calendar.holidaysIn(1948).isEmpty());
        assertFalse(calendar.holidaysIn(2099).isEmpty());
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> calendar.holiday(null));
        assertThrows(NullPointerException.class, () -> calendar.isBankBusinessDay(null));
        assertThrows(NullPointerException.class, () -> calendar.workingWeekdays(null, LocalDate.of(2026, 1, 1)));
        assertThrows(NullPointerException.class, () -> holidayOn("2026-01-01").name(null));
    }

    @Test
    void concurrentFirstUseGivesTheSameAnswersAsSequentialUse_K1() {
        JapaneseCalendar fresh = JapaneseCalendar.uncached();
        Map<Integer, List<NationalHoliday>> inParallel = IntStream.rangeClosed(1948, 2099).parallel().boxed()
                .collect(Collectors.toConcurrentMap(Function.identity(), fresh::holidaysIn));
        IntStream.rangeClosed(1948, 2099).forEach(year ->
                assertEquals(HolidaySource.holidaysIn(year), inParallel.get(year), "year " + year));
    }
}
