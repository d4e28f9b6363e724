package jp.hometech.console.scheduling;

import jakarta.faces.context.FacesContext;
import jp.hometech.console.shell.MonthGrid;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.scheduling.api.PreEntrySlot;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable grid of one week: a row per day with up to two time ranges, times picked from the business
 * hours in the configured step (S1, S2). Shared by the contractor's portal page and the staff page.
 */
public final class WeekForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<DayRow> days = new ArrayList<>();
    private final List<String> times = new ArrayList<>();

    public WeekForm(LocalDate monday, List<PreEntrySlot> slots, int stepMinutes) {
        for (LocalTime t = LocalTime.of(10, 0); !t.isAfter(LocalTime.of(17, 0)); t = t.plusMinutes(stepMinutes)) {
            times.add(t.toString());
            if (t.equals(LocalTime.of(17, 0))) {
                break;
            }
        }
        for (int i = 0; i < 7; i++) {
            days.add(new DayRow(monday.plusDays(i)));
        }
        fill(slots);
    }

    public void fill(List<PreEntrySlot> slots) {
        days.forEach(DayRow::clear);
        for (PreEntrySlot slot : slots) {
            days.stream().filter(d -> d.date.equals(slot.getDate())).findFirst().ifPresent(d -> d.add(slot));
        }
    }

    /** The ranges entered; a range with only one end is refused (the user sees which day). */
    public List<PreEntrySlot> slots() {
        List<PreEntrySlot> slots = new ArrayList<>();
        for (DayRow day : days) {
            day.range(day.from1, day.to1).ifPresent(slots::add);
            day.range(day.from2, day.to2).ifPresent(slots::add);
        }
        return slots;
    }

    public List<DayRow> getDays() { return days; }
    public List<String> getTimes() { return times; }

    public static final class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate date;
        private String from1;
        private String to1;
        private String from2;
        private String to2;

        DayRow(LocalDate date) {
            this.date = date;
        }

        void clear() {
            from1 = to1 = from2 = to2 = null;
        }

        void add(PreEntrySlot slot) {
            if (from1 == null) {
                from1 = slot.getStart().toString();
                to1 = slot.getEnd().toString();
            } else if (from2 == null) {
                from2 = slot.getStart().toString();
                to2 = slot.getEnd().toString();
            }
        }

        java.util.Optional<PreEntrySlot> range(String from, String to) {
            boolean noFrom = from == null || from.isBlank();
            boolean noTo = to == null || to.isBlank();
            if (noFrom && noTo) {
                return java.util.Optional.empty();
            }
            if (noFrom || noTo) {
                throw new BusinessException("scheduling.preEntry.incompleteRange", date.toString());
            }
            return java.util.Optional.of(new PreEntrySlot(date, LocalTime.parse(from), LocalTime.parse(to)));
        }

        public LocalDate getDate() { return date; }
        public String getId() { return date.toString().replace("-", ""); }
        public String getWeekday() {
            return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        public boolean isWeekendOrHoliday() { return JapaneseCalendar.standard().isWeekendOrHoliday(date); }
        public String getHolidayName() {
            return MonthGrid.holidayName(date, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        public String getFrom1() { return from1; }
        public void setFrom1(String from1) { this.from1 = from1; }
        public String getTo1() { return to1; }
        public void setTo1(String to1) { this.to1 = to1; }
        public String getFrom2() { return from2; }
        public void setFrom2(String from2) { this.from2 = from2; }
        public String getTo2() { return to2; }
        public void setTo2(String to2) { this.to2 = to2; }
    }
}
