package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** One day a contractor worked: its sessions in start order and the day's totals (a line of 就労実績表). */
public final class WorkDayView implements Serializable {

    private final LocalDate date;
    private final List<WorkSessionView> sessions;

    public WorkDayView(LocalDate date, List<WorkSessionView> sessions) {
        this.date = Objects.requireNonNull(date, "date");
        this.sessions = sessions.stream()
                .sorted(java.util.Comparator.comparing(WorkSessionView::getStart)).toList();
    }

    public LocalDate getDate() { return date; }
    public List<WorkSessionView> getSessions() { return sessions; }
    /** Start of the first session. */
    public LocalTime getFirstStart() { return sessions.isEmpty() ? null : sessions.get(0).getStart(); }
    /** End of the last session. */
    public LocalTime getLastEnd() {
        return sessions.stream().map(WorkSessionView::getEnd).max(LocalTime::compareTo).orElse(null);
    }
    public long getMinutesWorked() { return sessions.stream().mapToLong(WorkSessionView::getMinutes).sum(); }
    /** Hours, two decimals, rounded half up. */
    public BigDecimal getHoursWorked() {
        return BigDecimal.valueOf(getMinutesWorked()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
    public long getCallsHandled() { return sessions.stream().mapToLong(WorkSessionView::getCalls).sum(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkDayView other && date.equals(other.date) && sessions.equals(other.sessions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, sessions);
    }

    @Override
    public String toString() {
        return "WorkDayView[" + date + " " + sessions + "]";
    }
}
