package jp.hometech.scheduling.api;

import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * Pre-entries (事前エントリー, S1-S3). A week is Monday to Sunday; its deadline is a setting number of days
 * (14) before its Monday, until the end of that day in Tokyo. Before the deadline the contractor changes the
 * week freely; after it only staff can, giving a reason that is recorded. Saving replaces the week's slots.
 */
public interface PreEntryService {

    /** The week that contains {@code anyDayOfWeek}; an unsaved week has no slots and version -1. */
    PreEntryWeekView week(long contractorAccountId, LocalDate anyDayOfWeek);

    /** The contractor's own change; refused after the deadline ({@code scheduling.preEntry.locked}). */
    PreEntryWeekView saveOwn(long contractorAccountId, LocalDate weekStart, List<PreEntrySlot> slots,
                             long expectedVersion, Actor actor);

    /** A staff change (SCHEDULER); after the deadline a reason is required and recorded. */
    PreEntryWeekView saveAsStaff(long contractorAccountId, LocalDate weekStart, List<PreEntrySlot> slots,
                                 long expectedVersion, String reason, Actor actor);

    /** The slots of the week before, moved to this week ("copy last week"); nothing is saved. */
    List<PreEntrySlot> copyOfPreviousWeek(long contractorAccountId, LocalDate weekStart);

    /** Staff changes after the deadline, newest first. */
    List<PreEntryOverrideView> overrides(long contractorAccountId, LocalDate weekStart);

    /** The last day the contractor may change the week starting {@code weekStart}. */
    LocalDate deadline(LocalDate weekStart);

    /** The selectable step of start and end times, in minutes (a setting, 30 by default). */
    int stepMinutes();
}
