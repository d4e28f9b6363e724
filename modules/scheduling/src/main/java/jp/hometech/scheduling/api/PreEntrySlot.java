package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One declared time range of one day (S2), within business hours (S1). */
public final class PreEntrySlot implements Serializable {

    private final LocalDate date;
    private final LocalTime start;
    private final LocalTime end;

    public PreEntrySlot(LocalDate date, LocalTime start, LocalTime end) {
        this.date = Objects.requireNonNull(date, "date");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
    }

    public LocalDate getDate() { return date; }
    public LocalTime getStart() { return start; }
    public LocalTime getEnd() { return end; }
    public long getMinutes() { return Duration.between(start, end).toMinutes(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreEntrySlot other && date.equals(other.date) && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, start, end);
    }

    @Override
    public String toString() {
        return date + " " + start + "-" + end;
    }
}
