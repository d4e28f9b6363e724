package jp.hometech.console.shell;

import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A month as calendar pages show it: whole weeks from Monday to Sunday around the month, each day with the
 * entries a page puts on it (interview slots, cohort days, …) and, where the page's module closes on a
 * working weekday, the message key that says why. The composite component
 * {@code resources/backoffice/monthCalendar.xhtml} draws it; texts are read while rendering, so they follow
 * the language the page is shown in.
 */
public final class MonthGrid<E extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;
    private final YearMonth shown;
    private final List<List<Day<E>>> weeks;

    private MonthGrid(YearMonth shown, List<List<Day<E>>> weeks) {
        this.shown = shown;
        this.weeks = weeks;
    }

    public static LocalDate firstShownDay(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate lastShownDay(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public static <E extends Serializable> MonthGrid<E> of(YearMonth month, Function<LocalDate, List<E>> entriesOn) {
        return of(month, entriesOn, date -> null);
    }

    /** @param closedOn the message key of why the page's module is closed on a date (e.g. the year-end), or null */
    public static <E extends Serializable> MonthGrid<E> of(YearMonth month, Function<LocalDate, List<E>> entriesOn,
                                                           Function<LocalDate, String> closedOn) {
        LocalDate last = lastShownDay(month);
        List<List<Day<E>>> weeks = new ArrayList<>();
        for (LocalDate weekStart = firstShownDay(month); !weekStart.isAfter(last); weekStart = weekStart.plusWeeks(1)) {
            List<Day<E>> week = new ArrayList<>();
            for (int offset = 0; offset < 7; offset++) {
                LocalDate date = weekStart.plusDays(offset);
                week.add(new Day<>(date, YearMonth.from(date).equals(month), entriesOn.apply(date), closedOn.apply(date)));
            }
            weeks.add(List.copyOf(week));
        }
        return new MonthGrid<>(month, List.copyOf(weeks));
    }

    /** The national holiday's name in the page's language, or null (K1). */
    public static String holidayName(LocalDate date, Locale locale) {
        return JapaneseCalendar.standard().holiday(date).map(holiday -> holiday.name(locale)).orElse(null);
    }

    /** Monday to Sunday, short, in the locale (月 … 日, Mon … Sun). */
    public List<String> weekdayNames(Locale locale) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; names.size() < 7; day = day.plus(1)) {
            names.add(day.getDisplayName(TextStyle.SHORT, locale));
        }
        return names;
    }

    public List<List<Day<E>>> getWeeks() { return weeks; }
    public String getShownMonth() { return shown.toString(); }
    public String getPreviousMonth() { return shown.minusMonths(1).toString(); }
    public String getNextMonth() { return shown.plusMonths(1).toString(); }

    /** One day of the grid. */
    public static final class Day<E extends Serializable> implements Serializable {

        private static final long serialVersionUID = 1L;
        private final LocalDate date;
        private final boolean inMonth;
        private final List<E> entries;
        private final String closedKey;

        Day(LocalDate date, boolean inMonth, List<E> entries, String closedKey) {
            this.date = date;
            this.inMonth = inMonth;
            this.entries = List.copyOf(entries);
            this.closedKey = closedKey;
        }

        public LocalDate getDate() { return date; }
        public int getDayOfMonth() { return date.getDayOfMonth(); }
        public boolean isInMonth() { return inMonth; }
        /** A weekend day, a national holiday (K1) or a day the page's module is closed. */
        public boolean isOff() { return closedKey != null || !JapaneseCalendar.standard().isWorkingWeekday(date); }
        public List<E> getEntries() { return entries; }
        public String getClosedKey() { return closedKey; }

        /** The national holiday's name in the locale, or null (K1). */
        public String holidayName(Locale locale) { return MonthGrid.holidayName(date, locale); }
    }
}
