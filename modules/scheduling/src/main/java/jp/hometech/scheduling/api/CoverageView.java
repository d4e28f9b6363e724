package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** How many contractors pre-entered each business hour (10:00-17:00) of each day of a period. */
public final class CoverageView implements Serializable {

    /** Business hours as the first hour of each column: 10 … 16 (S1). */
    public static final List<Integer> HOURS = List.of(10, 11, 12, 13, 14, 15, 16);

    private final List<Day> days;

    public CoverageView(List<Day> days) {
        this.days = List.copyOf(days);
    }

    public List<Day> getDays() { return days; }
    public List<Integer> getHours() { return HOURS; }
    public int getMaximum() { return days.stream().flatMap(d -> d.getCounts().stream()).mapToInt(Integer::intValue).max().orElse(0); }

    public static final class Day implements Serializable {
        private final LocalDate date;
        private final boolean weekendOrHoliday;
        private final List<Integer> counts;

        public Day(LocalDate date, boolean weekendOrHoliday, List<Integer> counts) {
            this.date = date;
            this.weekendOrHoliday = weekendOrHoliday;
            this.counts = List.copyOf(counts);
        }

        public LocalDate getDate() { return date; }
        public boolean isWeekendOrHoliday() { return weekendOrHoliday; }
        /** Contractors pre-entered for some part of each hour of {@link #HOURS}, in that order. */
        public List<Integer> getCounts() { return counts; }
    }
}
