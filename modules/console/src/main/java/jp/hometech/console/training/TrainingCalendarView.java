package jp.hometech.console.training;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.console.shell.Messages;
import jp.hometech.console.shell.MonthGrid;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortService;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** TRAINER: a month of every cohort's days, Monday to Sunday, with the national holidays named (T2, K1). */
@Named
@ViewScoped
public class TrainingCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortService cohorts;

    private String month;
    private MonthGrid<CohortDayView> grid = MonthGrid.of(YearMonth.from(JapaneseCalendar.standard().today()), date -> List.of());

    public void load() {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(JapaneseCalendar.standard().today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            Messages.error("training.ui.monthInvalid", month);
            shown = YearMonth.from(JapaneseCalendar.standard().today());
        }
        List<CohortDayView> entries = cohorts.calendar(MonthGrid.firstShownDay(shown), MonthGrid.lastShownDay(shown));
        grid = MonthGrid.of(shown, date -> entries.stream()
                .filter(e -> !date.isBefore(e.getFirstDate()) && !date.isAfter(e.getLastDate())).toList(),
                date -> companyClosed(date) ? "training.ui.yearEnd" : null);
    }

    /** The company's year-end closure (29 Dec – 3 Jan): no training even on plain weekdays (T2). */
    static boolean companyClosed(LocalDate date) {
        return (date.getMonthValue() == 12 && date.getDayOfMonth() >= 29) || (date.getMonthValue() == 1 && date.getDayOfMonth() <= 3);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public MonthGrid<CohortDayView> getGrid() { return grid; }
}
