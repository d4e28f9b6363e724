package jp.hometech.platform.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hometech.platform.api.calendar.NationalHoliday.Kind;

/**
 * Rule K1 data for one year: the Cabinet Office list where it has the year, the rules beyond it.
 *
 * <p>The published list decides which dates are off, so a newer copy of it (say, with a one-off
 * day the rules do not know yet) wins; the rules only supply names and kinds, which the
 * published file does not carry reliably.
 */
final class HolidaySource {

    private static final String PUBLISHED_GENERIC_DAY_OFF = "休日";
    private static final String UNKNOWN_SPECIAL_DAY_ENGLISH = "Special Holiday";

    /** Loaded on first use, not when the calendar class loads. */
    private static final class Bundled {
        static final PublishedHolidayList LIST = PublishedHolidayList.bundled();
    }

    private HolidaySource() {
    }

    static List<NationalHoliday> holidaysIn(int year) {
        return holidaysIn(year, Bundled.LIST);
    }

    static List<NationalHoliday> holidaysIn(int year, PublishedHolidayList published) {
        if (!published.covers(year)) {
            return HolidayRules.holidaysIn(year);
        }
        Map<LocalDate, NationalHoliday> byRules = HolidayRules.holidaysIn(year).stream()
                .collect(Collectors.toMap(NationalHoliday::date, Function.identity()));
        List<NationalHoliday> holidays = new ArrayList<>();
        for (PublishedHolidayList.Entry entry : published.entriesIn(year)) {
            NationalHoliday fromRules = byRules.get(entry.date());
            holidays.add(fromRules != null ? fromRules : fromPublishedOnly(entry, published));
        }
        return List.copyOf(holidays);
    }

    /** Only reached if the bundled list has a day the rules lack; the cross-check test forbids that today. */
    private static NationalHoliday fromPublishedOnly(PublishedHolidayList.Entry entry, PublishedHolidayList published) {
        if (PUBLISHED_GENERIC_DAY_OFF.equals(entry.name())) {
            boolean sandwiched = isNamedPublishedDay(published, entry.date().minusDays(1))
                    && isNamedPublishedDay(published, entry.date().plusDays(1))
                    && entry.date().minusDays(1).getDayOfWeek() != DayOfWeek.SUNDAY;
            return (sandwiched ? HolidayName.CITIZENS_HOLIDAY : HolidayName.SUBSTITUTE_HOLIDAY).on(entry.date());
        }
        return HolidayName.byJapaneseName(entry.name())
                .map(name -> name.on(entry.date()))
                .orElseGet(() -> new NationalHoliday(entry.date(), entry.name(), UNKNOWN_SPECIAL_DAY_ENGLISH,
                        Kind.SPECIAL));
    }

    private static boolean isNamedPublishedDay(PublishedHolidayList published, LocalDate date) {
        return published.entryOn(date).filter(entry -> !PUBLISHED_GENERIC_DAY_OFF.equals(entry.name())).isPresent();
    }
}
