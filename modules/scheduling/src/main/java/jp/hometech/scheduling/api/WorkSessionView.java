package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One work session of a day as the telephony system reported it (start, end, calls handled). */
public final class WorkSessionView implements Serializable {

    private final String contractNumber;
    private final LocalTime start;
    private final LocalTime end;
    private final int calls;

    public WorkSessionView(String contractNumber, LocalTime start, LocalTime end, int calls) {
        this.contractNumber = contractNumber;
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.calls = calls;
    }

    public String getContractNumber() { return contractNumber; }
    public LocalTime getStart() { return start; }
    public LocalTime getEnd() { return end; }
    public int getCalls() { return calls; }
    public long getMinutes() { return Duration.between(start, end).toMinutes(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkSessionView other && Objects.equals(contractNumber, other.contractNumber)
                && start.equals(other.start) && end.equals(other.end) && calls == other.calls;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contractNumber, start, end, calls);
    }

    @Override
    public String toString() {
        return start + "-" + end + " (" + calls + ")";
    }
}
