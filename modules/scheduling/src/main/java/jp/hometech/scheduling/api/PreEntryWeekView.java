package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One contractor's pre-entry for one week (Monday to Sunday). {@code version} is -1 while nothing has been
 * saved for the week; pass it back unchanged when saving (optimistic locking).
 */
public final class PreEntryWeekView implements Serializable {

    private final long contractorAccountId;
    private final LocalDate weekStart;
    private final List<PreEntrySlot> slots;
    private final LocalDate deadlineDate;
    private final LocalDateTime lockedFrom;
    private final boolean locked;
    private final long version;

    public PreEntryWeekView(long contractorAccountId, LocalDate weekStart, List<PreEntrySlot> slots,
                            LocalDate deadlineDate, LocalDateTime lockedFrom, boolean locked, long version) {
        this.contractorAccountId = contractorAccountId;
        this.weekStart = weekStart;
        this.slots = List.copyOf(slots);
        this.deadlineDate = deadlineDate;
        this.lockedFrom = lockedFrom;
        this.locked = locked;
        this.version = version;
    }

    public long getContractorAccountId() { return contractorAccountId; }
    /** The Monday. */
    public LocalDate getWeekStart() { return weekStart; }
    public LocalDate getWeekEnd() { return weekStart.plusDays(6); }
    /** In date and start order. */
    public List<PreEntrySlot> getSlots() { return slots; }
    /** The last day the contractor may still change the week (until the end of that day, Tokyo time). */
    public LocalDate getDeadlineDate() { return deadlineDate; }
    /** The first moment (Tokyo time) the week is locked for the contractor: the start of the day after the deadline. */
    public LocalDateTime getLockedFrom() { return lockedFrom; }
    /** Locked for the contractor now; staff may still change it, giving a reason. */
    public boolean isLocked() { return locked; }
    public long getVersion() { return version; }
    public boolean isSaved() { return version >= 0; }
    public long getTotalMinutes() { return slots.stream().mapToLong(PreEntrySlot::getMinutes).sum(); }
}
