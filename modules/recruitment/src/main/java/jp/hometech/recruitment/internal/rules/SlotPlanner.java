package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.recruitment.api.SlotBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Turns a batch (dates × start times, Japan time) into slot intervals, refusing an unusable batch as a whole. */
public final class SlotPlanner {

    public static final int MIN_DURATION_MINUTES = 10;
    public static final int MAX_DURATION_MINUTES = 240;
    public static final int MAX_CAPACITY = 50;
    public static final int MAX_SLOTS_PER_BATCH = 500;
    public static final int MAX_INTERVIEWER = 100;

    public record PlannedSlot(Instant startsAt, Instant endsAt) {

        public boolean overlaps(Instant otherStart, Instant otherEnd) {
            return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
        }
    }

    public static List<PlannedSlot> plan(SlotBatch batch, Instant now) {
        if (batch.interviewer() == null || batch.interviewer().isBlank()) {
            throw new BusinessException("recruitment.slot.interviewerRequired");
        }
        if (batch.interviewer().strip().length() > MAX_INTERVIEWER) {
            throw new BusinessException("recruitment.slot.interviewerTooLong", MAX_INTERVIEWER);
        }
        if (batch.dates().isEmpty() || batch.startTimes().isEmpty()) {
            throw new BusinessException("recruitment.slot.datesAndTimesRequired");
        }
        if (batch.capacity() < 1 || batch.capacity() > MAX_CAPACITY) {
            throw new BusinessException("recruitment.slot.capacityRange", 1, MAX_CAPACITY);
        }
        if (batch.durationMinutes() < MIN_DURATION_MINUTES || batch.durationMinutes() > MAX_DURATION_MINUTES) {
            throw new BusinessException("recruitment.slot.durationRange", MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
        }
        TreeSet<LocalDate> dates = new TreeSet<>(batch.dates());
        TreeSet<LocalTime> times = new TreeSet<>(batch.startTimes());
        if ((long) dates.size() * times.size() > MAX_SLOTS_PER_BATCH) {
            throw new BusinessException("recruitment.slot.batchTooLarge", MAX_SLOTS_PER_BATCH);
        }
        List<PlannedSlot> slots = new ArrayList<>();
        for (LocalDate date : dates) {
            for (LocalTime time : times) {
                Instant start = date.atTime(time).atZone(JapaneseCalendar.ZONE).toInstant();
                PlannedSlot slot = new PlannedSlot(start, start.plusSeconds(60L * batch.durationMinutes()));
                if (!start.isAfter(now)) {
                    throw new BusinessException("recruitment.slot.inThePast", date, time);
                }
                if (!slots.isEmpty() && slots.get(slots.size() - 1).overlaps(slot.startsAt(), slot.endsAt())) {
                    throw new BusinessException("recruitment.slot.overlap", date, time);
                }
                slots.add(slot);
            }
        }
        return slots;
    }

    private SlotPlanner() {
    }
}
