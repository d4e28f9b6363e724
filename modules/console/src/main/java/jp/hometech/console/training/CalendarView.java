package jp.hometech.console.training;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortService;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** TRAINER: a month of every cohort's days, Monday to Sunday, with the national holidays named (T2, K1). */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortService cohorts;

    private String month;
    private YearMonth shown;
    private List<List<Cell>> weeks = List.of();

    public void load() {
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(JapaneseCalendar.standard().today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            Messages.error("training.ui.monthInvalid", month);
            shown = YearMonth.from(JapaneseCalendar.standard().today());
        }
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<CohortDayView> entries = cohorts.calendar(first, last);
        List<List<Cell>> rows = new ArrayList<>();
        for (LocalDate weekStart = first; !weekStart.isAfter(last); weekStart = weekStart.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>();
            for (int offset = 0; offset < 7; offset++) {
                LocalDate date = weekStart.plusDays(offset);
                List<CohortDayView> onDate = entries.stream()
                        .filter(e -> !date.isBefore(e.getFirstDate()) && !date.isAfter(e.getLastDate())).toList();
                week.add(new Cell(date, YearMonth.from(date).equals(shown), onDate));
            }
            rows.add(week);
        }
        weeks = rows;
    }

    /** Read while rendering, so the name follows the language the page is shown in. */
    public String holidayName(LocalDate date) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return JapaneseCalendar.standard().holiday(date).map(h -> h.name(locale)).orElse(null);
    }

    public String getPreviousMonth() { return shown.minusMonths(1).toString(); }
    public String getNextMonth() { return shown.plusMonths(1).toString(); }
    public String getShownMonth() { return shown.toString(); }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public List<List<Cell>> getWeeks() { return weeks; }

    /** One day of the month grid and the cohort entries on it. */
    public static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;
        private final LocalDate date;
        private final boolean inMonth;
        private final List<CohortDayView> entries;

        Cell(LocalDate date, boolean inMonth, List<CohortDayView> entries) {
            this.date = date;
            this.inMonth = inMonth;
            this.entries = List.copyOf(entries);
        }

        public LocalDate getDate() { return date; }
        public int getDayOfMonth() { return date.getDayOfMonth(); }
        public boolean isInMonth() { return inMonth; }
        /** No training on weekends, national holidays or in the company's year-end closure (T2). */
        public boolean isOff() {
            return date.getDayOfWeek().getValue() >= 6 || JapaneseCalendar.standard().isNationalHoliday(date) || isYearEnd();
        }
        public boolean isYearEnd() {
            return (date.getMonthValue() == 12 && date.getDayOfMonth() >= 29) || (date.getMonthValue() == 1 && date.getDayOfMonth() <= 3);
        }
        public List<CohortDayView> getEntries() { return entries; }
    }
}
