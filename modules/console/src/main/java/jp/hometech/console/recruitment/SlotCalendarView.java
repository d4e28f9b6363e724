package jp.hometech.console.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.console.shell.Messages;
import jp.hometech.console.shell.MonthGrid;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** RECRUITER, ADMIN: a month of interview slots (R7), Monday to Sunday, with the national holidays named (K1). */
@Named
@ViewScoped
public class SlotCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @EJB
    InterviewService interviews;

    private String month;
    private MonthGrid<Entry> grid = MonthGrid.of(YearMonth.from(JapaneseCalendar.standard().today()), date -> List.of());

    public void load() {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(JapaneseCalendar.standard().today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            Messages.error("recruitment.slotCalendar.monthInvalid", month);
            PageMessages.onThisPageOnly();
            shown = YearMonth.from(JapaneseCalendar.standard().today());
        }
        // Whole weeks around the month: at most 42 days, well inside the module's 93-day limit.
        List<InterviewSlotView> slots;
        try {
            slots = interviews.listSlots(MonthGrid.firstShownDay(shown), MonthGrid.lastShownDay(shown));
        } catch (BusinessException refused) {
            Messages.error(refused);
            PageMessages.onThisPageOnly();
            slots = List.of();
        }
        List<InterviewSlotView> inRange = slots;
        grid = MonthGrid.of(shown, date -> inRange.stream()
                .filter(slot -> slot.getStartsAt().atZone(JapaneseCalendar.ZONE).toLocalDate().equals(date))
                .map(Entry::new).toList());
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public MonthGrid<Entry> getGrid() { return grid; }

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
