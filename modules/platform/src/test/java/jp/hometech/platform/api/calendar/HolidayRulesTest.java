package jp.hometech.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.hometech.platform.api.calendar.NationalHoliday.Kind;

/** Rule K1 as the rule engine computes it, without the bundled Cabinet Office list. */
class HolidayRulesTest {

    private static Map<LocalDate, NationalHoliday> byDate(int year) {
        return HolidayRules.holidaysIn(year).stream()
                .collect(Collectors.toMap(NationalHoliday::date, Function.identity()));
    }

    private static Optional<NationalHoliday> on(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        return Optional.ofNullable(byDate(date.getYear()).get(date));
    }

    private static String nameOn(String isoDate) {
        return on(isoDate).map(NationalHoliday::nameJa).orElse("(none)");
    }

    private static List<NationalHoliday> named(String nameJa, int year) {
        return HolidayRules.holidaysIn(year).stream().filter(holiday -> holiday.nameJa().equals(nameJa)).toList();
    }

    @Test
    void actStartsOn20July1948_K1() {
        assertEquals(List.of(LocalDate.of(1948, 9, 23), LocalDate.of(1948, 11, 3), LocalDate.of(1948, 11, 23)),
                HolidayRules.holidaysIn(1948).stream().map(NationalHoliday::date).toList());
    }

    @Test
    void comingOfAgeDayMovedToSecondMondayIn2000_K1() {
        assertEquals("成人の日", nameOn("1999-01-15"));
        assertEquals("(none)", nameOn("2000-01-15"));
        assertEquals("成人の日", nameOn("2000-01-10"));
    }

    @Test
    void nationalFoundationDayFrom1967_K1() {
        assertEquals("(none)", nameOn("1966-02-11"));
        assertEquals("建国記念の日", nameOn("1967-02-11"));
    }

    @Test
    void marineDayFrom1996OnJuly20ThenThirdMondayFrom2003_K1() {
        assertTrue(named("海の日", 1995).isEmpty());
        assertEquals("海の日", nameOn("1996-07-20"));
        assertEquals("海の日", nameOn("2002-07-20"));
        assertEquals("(none)", nameOn("2003-07-20"));
        assertEquals("海の日", nameOn("2003-07-21"));
    }

    @Test
    void respectForTheAgedDayFrom1966ThenThirdMondayFrom2003_K1() {
        assertTrue(named("敬老の日", 1965).isEmpty());
        assertEquals("敬老の日", nameOn("1966-09-15"));
        assertEquals("敬老の日", nameOn("2002-09-15"));
        assertEquals("敬老の日", nameOn("2004-09-20"));
        assertEquals("(none)", nameOn("2004-09-15"));
    }

    @Test
    void healthAndSportsDayBecameSecondMondayIn2000AndSportsDayIn2020_K1() {
        assertTrue(named("体育の日", 1965).isEmpty());
        assertEquals("体育の日", nameOn("1966-10-10"));
        assertEquals("体育の日", nameOn("1999-10-10"));
        assertEquals("体育の日", nameOn("2000-10-09"));
        assertEquals("体育の日", nameOn("2019-10-14"));
        assertEquals("スポーツの日", nameOn("2022-10-10"));
        assertEquals("Health and Sports Day", on("2019-10-14").orElseThrow().nameEn());
        assertEquals("Sports Day", on("2022-10-10").orElseThrow().nameEn());
    }

    @Test
    void april29AndMay4History_K1() {
        assertEquals("天皇誕生日", nameOn("1988-04-29"));
        assertEquals("みどりの日", nameOn("1989-04-29"));
        assertEquals("みどりの日", nameOn("2006-04-29"));
        assertEquals("昭和の日", nameOn("2007-04-29"));
        assertEquals("国民の休日", nameOn("2006-05-04"));
        assertEquals("みどりの日", nameOn("2007-05-04"));
    }

    @Test
    void emperorsBirthdayHistory_K1() {
        assertEquals("天皇誕生日", nameOn("1988-04-29"));
        assertEquals("天皇誕生日", nameOn("1989-12-23"));
        assertEquals("天皇誕生日", nameOn("2018-12-23"));
        assertTrue(named("天皇誕生日", 2019).isEmpty());
        assertEquals("天皇誕生日", nameOn("2020-02-23"));
    }

    @Test
    void mountainDayFrom2016_K1() {
        assertTrue(named("山の日", 2015).isEmpty());
        assertEquals("山の日", nameOn("2016-08-11"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "1959-04-10, 皇太子明仁親王の結婚の儀, Wedding Ceremony of Crown Prince Akihito",
            "1989-02-24, 昭和天皇の大喪の礼, Funeral Ceremony of Emperor Showa",
            "1990-11-12, 即位礼正殿の儀, Enthronement Ceremony",
            "1993-06-09, 皇太子徳仁親王の結婚の儀, Wedding Ceremony of Crown Prince Naruhito",
            "2019-05-01, 天皇の即位の日, Enthronement Day",
            "2019-10-22, 即位礼正殿の儀, Enthronement Ceremony",
    })
    void oneOffHolidays_K1(String isoDate, String nameJa, String nameEn) {
        NationalHoliday holiday = on(isoDate).orElseThrow();
        assertEquals(Kind.SPECIAL, holiday.kind());
        assertEquals(nameJa, holiday.nameJa());
        assertEquals(nameEn, holiday.nameEn());
    }

    @Test
    void substituteHolidaysStartWithThe1973Amendment_K1() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(1973, 2, 11).getDayOfWeek());
        assertEquals("(none)", nameOn("1973-02-12"));
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(1973, 4, 29).getDayOfWeek());
        assertEquals(Kind.SUBSTITUTE, on("1973-04-30").orElseThrow().kind());
    }

    @Test
    void substituteSkipsFollowingHolidaysSince2007_K1() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2008, 5, 4).getDayOfWeek());
        assertEquals("こどもの日", nameOn("2008-05-05"));
        assertEquals(Kind.SUBSTITUTE, on("2008-05-06").orElseThrow().kind());
    }

    @Test
    void citizensHolidaysStartWithThe1985Amendment_K1() {
        assertEquals(DayOfWeek.FRIDAY, LocalDate.of(1984, 5, 4).getDayOfWeek());
        assertEquals("(none)", nameOn("1984-05-04"));
        assertEquals(Kind.CITIZENS, on("1988-05-04").orElseThrow().kind());
    }

    @Test
    void sundayBetweenHolidaysIsNotACitizensHoliday_K1() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(1986, 5, 4).getDayOfWeek());
        assertEquals("(none)", nameOn("1986-05-04"));
    }

    @Test
    void substituteHolidayTakesPrecedenceOverCitizensHoliday_K1() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(1992, 5, 3).getDayOfWeek());
        assertEquals(Kind.SUBSTITUTE, on("1992-05-04").orElseThrow().kind());
    }

    /**
     * The Cabinet Office list as republished in 2026 already has 2027, which is beyond the bundled copy:
     * taken from the copy stored in GitHub repository usaagi/run-on-business-day at syukujitsu.csv
     * (commit 9101a5dee751084d0da65bfaed4bc1565ec53503). Its Shift_JIS text is garbled in storage,
     * so only the dates are used here.
     */
    @Test
    void rulesMatchThePublished2027List_K1() {
        List<LocalDate> published2027 = List.of(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 4, 29), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),
                LocalDate.of(2027, 5, 5), LocalDate.of(2027, 7, 19), LocalDate.of(2027, 8, 11),
                LocalDate.of(2027, 9, 20), LocalDate.of(2027, 9, 23), LocalDate.of(2027, 10, 11),
                LocalDate.of(2027, 11, 3), LocalDate.of(2027, 11, 23));
        assertEquals(published2027, HolidayRules.holidaysIn(2027).stream().map(NationalHoliday::date).toList());
        assertEquals(Kind.SUBSTITUTE, on("2027-03-22").orElseThrow().kind());
    }

    @Test
    void everyYearFrom2022To2050HasTheSixteenCurrentStatutoryHolidaysOnce_K1() {
        Set<String> current = Set.of("元日", "成人の日", "建国記念の日", "天皇誕生日", "春分の日", "昭和の日", "憲法記念日",
                "みどりの日", "こどもの日", "海の日", "山の日", "敬老の日", "秋分の日", "スポーツの日", "文化の日", "勤労感謝の日");
        for (int year = 2022; year <= JapaneseCalendar.GUARANTEED_LAST_YEAR; year++) {
            List<String> statutory = HolidayRules.holidaysIn(year).stream()
                    .filter(holiday -> holiday.kind() == Kind.STATUTORY)
                    .map(NationalHoliday::nameJa)
                    .toList();
            assertEquals(16, statutory.size(), "statutory holidays in " + year);
            assertEquals(current, Set.copyOf(statutory), "statutory holidays in " + year);
        }
    }

    @Test
    void happyMondayHolidaysFallOnTheRightMondays_K1() {
        for (int year = 2003; year <= JapaneseCalendar.GUARANTEED_LAST_YEAR; year++) {
            assertNthMonday(named("成人の日", year), 1, 2);
            assertNthMonday(named("敬老の日", year), 9, 3);
            if (year != 2020 && year != 2021) {
                assertNthMonday(named("海の日", year), 7, 3);
                assertNthMonday(named(year < 2020 ? "体育の日" : "スポーツの日", year), 10, 2);
            }
        }
    }

    private static void assertNthMonday(List<NationalHoliday> holidays, int month, int ordinal) {
        assertEquals(1, holidays.size(), holidays::toString);
        LocalDate date = holidays.get(0).date();
        assertEquals(DayOfWeek.MONDAY, date.getDayOfWeek(), date::toString);
        assertEquals(month, date.getMonthValue(), date::toString);
        assertEquals(ordinal, (date.getDayOfMonth() + 6) / 7, date::toString);
    }

    @Test
    void everySundayHolidayHasExactlyOneSubstituteOnTheNextFreeDaySince2007_K1() {
        for (int year = 2007; year <= JapaneseCalendar.GUARANTEED_LAST_YEAR; year++) {
            Map<LocalDate, NationalHoliday> holidays = byDate(year);
            long sundayHolidays = holidays.values().stream()
                    .filter(holiday -> holiday.kind() == Kind.STATUTORY || holiday.kind() == Kind.SPECIAL)
                    .filter(holiday -> holiday.date().getDayOfWeek() == DayOfWeek.SUNDAY)
                    .count();
            List<NationalHoliday> substitutes = holidays.values().stream()
                    .filter(holiday -> holiday.kind() == Kind.SUBSTITUTE)
                    .toList();
            assertEquals(sundayHolidays, substitutes.size(), "substitutes in " + year);
            for (NationalHoliday substitute : substitutes) {
                LocalDate previous = substitute.date().minusDays(1);
                while (previous.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    NationalHoliday bridging = holidays.get(previous);
                    assertTrue(bridging != null && bridging.kind() == Kind.STATUTORY, substitute::toString);
                    previous = previous.minusDays(1);
                }
                assertTrue(holidays.containsKey(previous), substitute::toString);
            }
        }
    }

    @Test
    void citizensHolidaysAreNonSundaysBetweenTwoNamedHolidays_K1() {
        for (int year = JapaneseCalendar.GUARANTEED_FIRST_YEAR; year <= JapaneseCalendar.GUARANTEED_LAST_YEAR; year++) {
            Map<LocalDate, NationalHoliday> holidays = byDate(year);
            for (NationalHoliday holiday : holidays.values()) {
                if (holiday.kind() != Kind.CITIZENS) {
                    continue;
                }
                assertNotEquals(DayOfWeek.SUNDAY, holiday.date().getDayOfWeek(), holiday::toString);
                assertTrue(isNamed(holidays.get(holiday.date().minusDays(1))), holiday::toString);
                assertTrue(isNamed(holidays.get(holiday.date().plusDays(1))), holiday::toString);
            }
        }
    }

    private static boolean isNamed(NationalHoliday holiday) {
        return holiday != null && (holiday.kind() == Kind.STATUTORY || holiday.kind() == Kind.SPECIAL);
    }

    @Test
    void equinoxesStayWithinTheirKnownWindowsThrough2099_K1() {
        IntStream.rangeClosed(HolidayRules.FIRST_SUPPORTED_YEAR, HolidayRules.LAST_SUPPORTED_YEAR).forEach(year -> {
            assertTrue(Set.of(19, 20, 21).contains(HolidayRules.vernalEquinoxDay(year)), "vernal " + year);
            assertTrue(Set.of(21, 22, 23, 24).contains(HolidayRules.autumnEquinoxDay(year)), "autumn " + year);
            long daysBetween = ChronoUnit.DAYS.between(
                    LocalDate.of(year, 3, HolidayRules.vernalEquinoxDay(year)),
                    LocalDate.of(year, 9, HolidayRules.autumnEquinoxDay(year)));
            assertTrue(daysBetween >= 184 && daysBetween <= 188, "equinox gap " + year);
        });
    }

    @Test
    void holidaysAreUniqueAndWithinTheirYear_K1() {
        for (int year = HolidayRules.FIRST_SUPPORTED_YEAR; year <= HolidayRules.LAST_SUPPORTED_YEAR; year++) {
            List<NationalHoliday> holidays = HolidayRules.holidaysIn(year);
            int thisYear = year;
            assertTrue(holidays.stream().allMatch(holiday -> holiday.date().getYear() == thisYear), "year " + year);
            assertEquals(holidays.size(), holidays.stream().map(NationalHoliday::date).distinct().count(), "year " + year);
            if (year > 1948) {
                assertFalse(holidays.size() < 9 || holidays.size() > 22, "count in " + year + ": " + holidays.size());
            }
        }
    }

    @Test
    void unsupportedYearsAreRejected_K1() {
        assertThrows(IllegalArgumentException.class, () -> HolidayRules.holidaysIn(1947));
        assertThrows(IllegalArgumentException.class, () -> HolidayRules.holidaysIn(2100));
    }
}
