package jp.hometech.scheduling.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.scheduling.api.PreEntrySlot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * S2: a week (Monday-Sunday) is pre-entered by a deadline {@code deadlineDays} before its Monday. "14 days
 * before" is read as the whole of that day: the contractor may change the week until the end of the deadline
 * day (Tokyo time), and it is locked from the start of the next day. The week of Monday 2026-12-21 has the
 * deadline 2026-12-07 and locks at 2026-12-08 00:00.
 */
public final class PreEntryRules {

    private final int deadlineDays;
    private final int stepMinutes;

    public PreEntryRules(int deadlineDays, int stepMinutes) {
        this.deadlineDays = deadlineDays;
        this.stepMinutes = stepMinutes;
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate deadline(LocalDate weekStart) {
        return requireMonday(weekStart).minusDays(deadlineDays);
    }

    public LocalDateTime lockedFrom(LocalDate weekStart) {
        return deadline(weekStart).plusDays(1).atStartOfDay();
    }

    public boolean isLocked(LocalDate weekStart, LocalDateTime nowInTokyo) {
        return !nowInTokyo.isBefore(lockedFrom(weekStart));
    }

    public int stepMinutes() {
        return stepMinutes;
    }

    /** The slots in date and start order; refuses anything outside the week, business hours or the step, and overlaps. */
    public List<PreEntrySlot> validated(LocalDate weekStart, List<PreEntrySlot> slots) {
        requireMonday(weekStart);
        List<PreEntrySlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(PreEntrySlot::getDate).thenComparing(PreEntrySlot::getStart));
        PreEntrySlot previous = null;
        for (PreEntrySlot slot : sorted) {
            if (slot.getDate().isBefore(weekStart) || slot.getDate().isAfter(weekStart.plusDays(6))) {
                throw new BusinessException("scheduling.preEntry.outsideWeek", slot.getDate().toString());
            }
            if (!slot.getEnd().isAfter(slot.getStart())) {
                throw new BusinessException("scheduling.preEntry.endNotAfterStart", slot.getDate().toString());
            }
            if (!BusinessHours.within(slot.getStart(), slot.getEnd())) {
                throw new BusinessException("scheduling.preEntry.outsideHours", slot.getDate().toString());
            }
            if (!onStep(slot.getStart()) || !onStep(slot.getEnd())) {
                throw new BusinessException("scheduling.preEntry.step", slot.getDate().toString(), stepMinutes);
            }
            if (previous != null && previous.getDate().equals(slot.getDate()) && slot.getStart().isBefore(previous.getEnd())) {
                throw new BusinessException("scheduling.preEntry.overlap", slot.getDate().toString());
            }
            previous = slot;
        }
        return List.copyOf(sorted);
    }

    private boolean onStep(java.time.LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && (time.getHour() * 60 + time.getMinute()) % stepMinutes == 0;
    }

    private static LocalDate requireMonday(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + weekStart);
        }
        return weekStart;
    }
}
