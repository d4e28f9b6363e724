package jp.hometech.platform.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Japanese national holidays (rule K1) and bank business days (rule K2).
 *
 * <p>K1: the days off under the Act on National Holidays (国民の祝日に関する法律), including
 * substitute holidays (振替休日), citizens' holidays (国民の休日) and the one-off days made
 * holidays by their own laws. Dates in the years covered by the bundled Cabinet Office list
 * (内閣府 syukujitsu.csv; 1955..2026 at the time of writing) come from that list; later years come from the rules of the
 * Act as amended, which reproduce every published year exactly. Queries accept 1948..2099;
 * 1955..2050 is the range the tests guarantee. Anything outside 1948..2099 is rejected with an
 * {@link IllegalArgumentException} rather than guessed.
 *
 * <p>K2: a bank business day is a day that is not a Saturday, a Sunday, a national holiday, or
 * 31 December – 3 January (銀行法施行令 第5条).
 *
 * <p>Instances are immutable and thread-safe. Each year is computed on first use and cached.
 *
 * <p>The calendar knows no "today": that is the business clock's
 * ({@link jp.hometech.platform.api.time.BusinessClock#today()}), so the system tests can set it.
 */
public final class JapaneseCalendar {

    /** Japan has one time zone and no daylight saving: every date of the calendar is a date in Tokyo. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    static final int GUARANTEED_FIRST_YEAR = 1955;
    static final int GUARANTEED_LAST_YEAR = 2050;

    private static final JapaneseCalendar STANDARD = new JapaneseCalendar(new ConcurrentHashMap<>());

    private final ConcurrentMap<Integer, HolidaysOfYear> holidaysByYear;

    private JapaneseCalendar(ConcurrentMap<Integer, HolidaysOfYear> holidaysByYear) {
        this.holidaysByYear = holidaysByYear;
    }

    /** The calendar shared by the whole application. */
    public static JapaneseCalendar standard() {
        return STANDARD;
    }

    /** A calendar with an empty cache of its own, for tests of the first use. */
    static JapaneseCalendar uncached() {
        return new JapaneseCalendar(new ConcurrentHashMap<>());
    }

    /** K1: the holiday on {@code date}, if it is one. */
    public Optional<NationalHoliday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(holidaysOf(date.getYear(), date).byDate().get(date));
    }

    /** K1: whether {@code date} is a day off under the Act, substitute and citizens' holidays included. */
    public boolean isNationalHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /** K1: every holiday of {@code year} in date order. */
    public List<NationalHoliday> holidaysIn(int year) {
        return holidaysOf(year, null).inDateOrder();
    }

    /** K1: Saturday, Sunday or a national holiday. */
    public boolean isWeekendOrHoliday(LocalDate date) {
        return isWeekend(date) || isNationalHoliday(date);
    }

    /** K1: Monday to Friday and not a national holiday; the year-end bank closure does not matter here. */
    public boolean isWorkingWeekday(LocalDate date) {
        return !isWeekendOrHoliday(date);
    }

    /** K2: not a weekend, not a national holiday, not 31 December – 3 January. */
    public boolean isBankBusinessDay(LocalDate date) {
        return !isWeekendOrHoliday(date) && !isBankYearEndClosure(date);
    }

    /** K2: {@code date} itself if banks are open, otherwise the last bank business day before it (e.g. for paydays). */
    public LocalDate onOrPreviousBankBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date;
        while (!isBankBusinessDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** K2: the last bank business day strictly before {@code date}. */
    public LocalDate previousBankBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return onOrPreviousBankBusinessDay(date.minusDays(1));
    }

    /** K1: the first working weekday strictly after {@code date}. */
    public LocalDate nextWorkingWeekday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date.plusDays(1);
        while (!isWorkingWeekday(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** K1: the working weekdays from {@code from} to {@code toInclusive}, in order. */
    public List<LocalDate> workingWeekdays(LocalDate from, LocalDate toInclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (from.isAfter(toInclusive)) {
            throw new IllegalArgumentException("Range start " + from + " is after its end " + toInclusive);
        }
        return from.datesUntil(toInclusive.plusDays(1)).filter(this::isWorkingWeekday).toList();
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static boolean isBankYearEndClosure(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
    }

    private HolidaysOfYear holidaysOf(int year, LocalDate askedDate) {
        if (!HolidayRules.supports(year)) {
            throw new IllegalArgumentException("Japanese national holidays are known for "
                    + HolidayRules.FIRST_SUPPORTED_YEAR + ".." + HolidayRules.LAST_SUPPORTED_YEAR
                    + " only; asked for " + (askedDate != null ? askedDate : "year " + year));
        }
        return holidaysByYear.computeIfAbsent(year, HolidaysOfYear::compute);
    }

    private record HolidaysOfYear(List<NationalHoliday> inDateOrder, Map<LocalDate, NationalHoliday> byDate) {

        static HolidaysOfYear compute(int year) {
            List<NationalHoliday> holidays = HolidaySource.holidaysIn(year);
            return new HolidaysOfYear(holidays, holidays.stream()
                    .collect(Collectors.toUnmodifiableMap(NationalHoliday::date, Function.identity())));
        }
    }
}
