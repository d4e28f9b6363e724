package jp.hometech.console.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** RECRUITER, ADMIN: a month of interview slots (R7), Monday to Sunday, with the national holidays named (K1). */
@Named
@ViewScoped
public class SlotCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @EJB
    InterviewService interviews;

    private String month;
    private YearMonth shown;
    private List<List<Cell>> weeks = List.of();

    public void load() {
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(JapaneseCalendar.standard().today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            Messages.error("recruitment.slotCalendar.monthInvalid", month);
            PageMessages.onThisPageOnly();
            shown = YearMonth.from(JapaneseCalendar.standard().today());
        }
        // Whole weeks around the month: at most 42 days, well inside the module's 93-day limit.
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<InterviewSlotView> slots;
        try {
            slots = interviews.listSlots(first, last);
        } catch (BusinessException refused) {
            Messages.error(refused);
            PageMessages.onThisPageOnly();
            slots = List.of();
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (LocalDate weekStart = first; !weekStart.isAfter(last); weekStart = weekStart.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>();
            for (int offset = 0; offset < 7; offset++) {
                LocalDate date = weekStart.plusDays(offset);
                List<Entry> onDate = slots.stream()
                        .filter(slot -> slot.getStartsAt().atZone(JapaneseCalendar.ZONE).toLocalDate().equals(date))
                        .map(Entry::new).toList();
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

    /** One day of the month grid and the slots starting on it (Japan time). */
    public static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;
        private final LocalDate date;
        private final boolean inMonth;
        private final List<Entry> entries;

        Cell(LocalDate date, boolean inMonth, List<Entry> entries) {
            this.date = date;
            this.inMonth = inMonth;
            this.entries = List.copyOf(entries);
        }

        public LocalDate getDate() { return date; }
        public int getDayOfMonth() { return date.getDayOfMonth(); }
        public boolean isInMonth() { return inMonth; }
        public boolean isOff() { return !JapaneseCalendar.standard().isWorkingWeekday(date); }
        public List<Entry> getEntries() { return entries; }
    }

    /** A slot as the calendar shows it: Japan-time start and end, interviewer, booked of capacity. */
    public static final class Entry implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final String startTime;
        private final String endTime;
        private final String interviewer;
        private final int bookedCount;
        private final int capacity;

        Entry(InterviewSlotView slot) {
            this.id = slot.getId();
            this.startTime = TIME.format(slot.getStartsAt().atZone(JapaneseCalendar.ZONE));
            this.endTime = TIME.format(slot.getEndsAt().atZone(JapaneseCalendar.ZONE));
            this.interviewer = slot.getInterviewer();
            this.bookedCount = slot.getBookedCount();
            this.capacity = slot.getCapacity();
        }

        public long getId() { return id; }
        public String getStartTime() { return startTime; }
        public String getEndTime() { return endTime; }
        public String getInterviewer() { return interviewer; }
        public int getBookedCount() { return bookedCount; }
        public int getCapacity() { return capacity; }
        public boolean isFull() { return bookedCount >= capacity; }
    }
}
