package jp.hometech.training.internal.layout;

import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.TrainingPhase;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One entry of a cohort's plan: a single day, or a self-study period ({@code firstDate} to {@code lastDate}).
 * {@code position} orders the whole plan; {@code sequence} counts the entries of one kind within a phase
 * (group day 1, 2, 3). Times are null where the trainee keeps their own hours (self-study, work start).
 */
public record PlannedDay(int position, TrainingPhase phase, DayKind kind, int sequence, LocalDate firstDate,
                         LocalDate lastDate, LocalTime startTime, LocalTime endTime) {

    public static final LocalTime GROUP_START = LocalTime.of(9, 45);
    public static final LocalTime GROUP_END = LocalTime.of(17, 15);
    /** Call training takes real customer calls, so it keeps the help desk's business hours (S1). */
    public static final LocalTime CALL_START = LocalTime.of(10, 0);
    public static final LocalTime CALL_END = LocalTime.of(17, 0);

    public PlannedDay {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(lastDate, "lastDate");
        if (lastDate.isBefore(firstDate)) {
            throw new IllegalArgumentException("Period ends " + lastDate + " before it starts " + firstDate);
        }
        if (kind != DayKind.SELF_STUDY && !firstDate.equals(lastDate)) {
            throw new IllegalArgumentException(kind + " is a single day");
        }
    }

    public boolean isSingleDay() {
        return kind != DayKind.SELF_STUDY;
    }

    public LocalDate date() {
        return firstDate;
    }

    public PlannedDay movedTo(LocalDate newDate) {
        if (!isSingleDay()) {
            throw new IllegalStateException("A self-study period is not moved");
        }
        return new PlannedDay(position, phase, kind, sequence, newDate, newDate, startTime, endTime);
    }

    public boolean overlaps(LocalDate from, LocalDate toInclusive) {
        return !lastDate.isBefore(from) && !firstDate.isAfter(toInclusive);
    }
}
