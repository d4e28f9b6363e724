package jp.hometech.console.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.BookingView;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.SlotBatch;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** RECRUITER, ADMIN: interview slots (R7): many at once, listed by date, with the bookings of each. */
@Named
@ViewScoped
public class SlotsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;
    /** The module refuses longer ranges; checked here too so the form can say so before calling it. */
    private static final int MAX_DAYS = 93;

    @EJB
    InterviewService interviews;

    @Inject
    ConsoleUser consoleUser;

    private LocalDate listFrom;
    private LocalDate listTo;
    private List<InterviewSlotView> slots = List.of();

    private LocalDate createFrom;
    private LocalDate createTo;
    private boolean workingWeekdaysOnly = true;
    private String startTimes = "10:00, 11:00, 14:00";
    private int durationMinutes = 30;
    private String interviewer;
    private int capacity = 1;

    private InterviewSlotView selectedSlot;
    private List<BookingView> bookings = List.of();

    @PostConstruct
    void init() {
        listFrom = clock.today();
        listTo = listFrom.plusDays(30);
        createFrom = JapaneseCalendar.standard().nextWorkingWeekday(listFrom);
        createTo = createFrom;
        search();
    }

    public void search() {
        try {
            slots = interviews.listSlots(listFrom, listTo);
        } catch (BusinessException refused) {
            slots = List.of();
            Messages.error(refused);
            PageMessages.onThisPageOnly();
        }
    }

    public void create() {
        try {
            List<InterviewSlotView> created = interviews.createSlots(new SlotBatch(dates(), times(), durationMinutes,
                    interviewer, capacity), consoleUser.actor());
            Messages.info("recruitment.slots.created", created.size());
            listFrom = createFrom;
            listTo = createTo.isAfter(createFrom.plusDays(MAX_DAYS - 1)) ? createFrom.plusDays(MAX_DAYS - 1) : createTo;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
        search();
    }

    private List<LocalDate> dates() {
        if (createFrom == null || createTo == null || createTo.isBefore(createFrom)) {
            throw new BusinessException("recruitment.slot.rangeInvalid");
        }
        if (createTo.isAfter(createFrom.plusDays(MAX_DAYS - 1))) {
            throw new BusinessException("recruitment.slot.rangeTooLong", MAX_DAYS);
        }
        JapaneseCalendar calendar = JapaneseCalendar.standard();
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = createFrom; !day.isAfter(createTo); day = day.plusDays(1)) {
            if (!workingWeekdaysOnly || calendar.isWorkingWeekday(day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    private List<LocalTime> times() {
        List<LocalTime> times = new ArrayList<>();
        if (startTimes != null) {
            for (String part : startTimes.split("[,、\\s]+")) {
                if (!part.isBlank()) {
                    try {
                        times.add(LocalTime.parse(part.strip().length() == 4 ? "0" + part.strip() : part.strip()));
                    } catch (DateTimeParseException e) {
                        throw new BusinessException("recruitment.slots.timeInvalid", part.strip());
                    }
                }
            }
        }
        return times;
    }

    public void showBookings(InterviewSlotView slot) {
        selectedSlot = slot;
        bookings = interviews.listBookings(slot.getId());
    }

    public void delete(InterviewSlotView slot) {
        try {
            interviews.deleteSlot(slot.getId(), slot.getVersion(), consoleUser.actor());
            Messages.info("recruitment.slots.deleted");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
        search();
    }

    public List<InterviewSlotView> getSlots() { return slots; }
    public LocalDate getListFrom() { return listFrom; }
    public void setListFrom(LocalDate listFrom) { this.listFrom = listFrom; }
    public LocalDate getListTo() { return listTo; }
    public void setListTo(LocalDate listTo) { this.listTo = listTo; }
    public LocalDate getCreateFrom() { return createFrom; }
    public void setCreateFrom(LocalDate createFrom) { this.createFrom = createFrom; }
    public LocalDate getCreateTo() { return createTo; }
    public void setCreateTo(LocalDate createTo) { this.createTo = createTo; }
    public boolean isWorkingWeekdaysOnly() { return workingWeekdaysOnly; }
    public void setWorkingWeekdaysOnly(boolean workingWeekdaysOnly) { this.workingWeekdaysOnly = workingWeekdaysOnly; }
    public String getStartTimes() { return startTimes; }
    public void setStartTimes(String startTimes) { this.startTimes = startTimes; }
    public int getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(int durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getInterviewer() { return interviewer; }
    public void setInterviewer(String interviewer) { this.interviewer = interviewer; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public InterviewSlotView getSelectedSlot() { return selectedSlot; }
    public List<BookingView> getBookings() { return bookings; }
}
