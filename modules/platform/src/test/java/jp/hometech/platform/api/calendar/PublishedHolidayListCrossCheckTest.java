package jp.hometech.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.hometech.platform.api.calendar.NationalHoliday.Kind;

/**
 * Proves rule K1's engine on every year of the bundled Cabinet Office list (1955..2026): same dates,
 * and names that match once the list's own spellings are accounted for.
 */
class PublishedHolidayListCrossCheckTest {

    private static final PublishedHolidayList PUBLISHED = PublishedHolidayList.bundled();

    /** The list writes substitute and citizens' holidays alike as 休日. */
    private static final String PUBLISHED_GENERIC_DAY_OFF = "休日";

    /** Where the list's spelling differs from the name in the law. */
    private static final Map<LocalDate, String> PUBLISHED_SPELLINGS = Map.of(
            LocalDate.of(1959, 4, 10), "結婚の儀",
            LocalDate.of(1989, 2, 24), "大喪の礼",
            LocalDate.of(1993, 6, 9), "結婚の儀",
            LocalDate.of(2019, 5, 1), "休日（祝日扱い）",
            LocalDate.of(2019, 10, 14), "体育の日（スポーツの日）",
            LocalDate.of(2019, 10, 22), "休日（祝日扱い）");

    static IntStream publishedYears() {
        return IntStream.rangeClosed(PUBLISHED.firstYear(), PUBLISHED.lastYear());
    }

    @Test
    void bundledListCoversFrom1955ToAtLeast2026_K1() {
        assertEquals(JapaneseCalendar.GUARANTEED_FIRST_YEAR, PUBLISHED.firstYear());
        assertTrue(PUBLISHED.lastYear() >= 2026, "last year " + PUBLISHED.lastYear());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedYears")
    void rulesGiveExactlyThePublishedDates_K1(int year) {
        List<LocalDate> published = PUBLISHED.entriesIn(year).stream().map(PublishedHolidayList.Entry::date).toList();
        List<LocalDate> computed = HolidayRules.holidaysIn(year).stream().map(NationalHoliday::date).toList();
        assertEquals(published, computed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedYears")
    void rulesGiveThePublishedNames_K1(int year) {
        Map<LocalDate, String> publishedNames = PUBLISHED.entriesIn(year).stream()
                .collect(Collectors.toMap(PublishedHolidayList.Entry::date,
                        PublishedHolidayList.Entry::name));
        for (NationalHoliday holiday : HolidayRules.holidaysIn(year)) {
            assertEquals(publishedNames.get(holiday.date()), expectedPublishedName(holiday), holiday::toString);
        }
    }

    private static String expectedPublishedName(NationalHoliday holiday) {
        if (holiday.kind() == Kind.SUBSTITUTE || holiday.kind() == Kind.CITIZENS) {
            return PUBLISHED_GENERIC_DAY_OFF;
        }
        return PUBLISHED_SPELLINGS.getOrDefault(holiday.date(), holiday.nameJa());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedYears")
    void calendarServesThePublishedListWithTheRulesNames_K1(int year) {
        assertEquals(HolidayRules.holidaysIn(year), JapaneseCalendar.standard().holidaysIn(year));
    }

    @Test
    void calendarUsesRulesAfterTheLastPublishedYear_K1() {
        IntStream.rangeClosed(PUBLISHED.lastYear() + 1, JapaneseCalendar.GUARANTEED_LAST_YEAR).forEach(year ->
                assertEquals(HolidayRules.holidaysIn(year), JapaneseCalendar.standard().holidaysIn(year), "year " + year));
    }

    @Test
    void bundledListHasTheKnownRowCount() {
        // 1955..2026 as published: guards against rows lost when the file is replaced or re-encoded.
        long rowsThrough2026 = IntStream.rangeClosed(1955, 2026).mapToLong(year -> PUBLISHED.entriesIn(year).size()).sum();
        assertEquals(1050, rowsThrough2026);
    }
}
