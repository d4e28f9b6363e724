package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** The state of a month's close (B2, B4): its progress while running, the draft's totals, or the final figures. */
public final class CloseView implements Serializable {

    private final YearMonth month;
    private final String status;
    private final LocalDate payday;
    private final int contractors;
    private final int processed;
    private final long totalYen;
    private final String error;
    private final String startedBy;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final String confirmedBy;
    private final Instant confirmedAt;
    private final long version;

    public CloseView(YearMonth month, String status, LocalDate payday, int contractors, int processed, long totalYen,
                     String error, String startedBy, Instant startedAt, Instant finishedAt, String confirmedBy,
                     Instant confirmedAt, long version) {
        this.month = month;
        this.status = status;
        this.payday = payday;
        this.contractors = contractors;
        this.processed = processed;
        this.totalYen = totalYen;
        this.error = error;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.version = version;
    }

    public YearMonth getMonth() { return month; }
    /** NOT_STARTED, RUNNING, DRAFT, FAILED or CONFIRMED. */
    public String getStatus() { return status; }
    public LocalDate getPayday() { return payday; }
    public int getContractors() { return contractors; }
    public int getProcessed() { return processed; }
    /** Percent done while running. */
    public int getProgressPercent() { return contractors == 0 ? ("RUNNING".equals(status) ? 0 : 100) : processed * 100 / contractors; }
    public long getTotalYen() { return totalYen; }
    public String getError() { return error; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public long getVersion() { return version; }
    public boolean isConfirmed() { return "CONFIRMED".equals(status); }
    public boolean isRunning() { return "RUNNING".equals(status); }
    public boolean isDraft() { return "DRAFT".equals(status); }
}
