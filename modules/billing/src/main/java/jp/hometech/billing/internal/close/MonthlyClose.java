package jp.hometech.billing.internal.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

@Entity
@Table(name = "monthly_close")
public class MonthlyClose {

    /** The first day of the month closed. */
    @Id
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CloseStatus status;

    private LocalDate payday;

    @Column(nullable = false)
    private int contractors;

    @Column(nullable = false)
    private int processed;

    @Column(name = "total_yen", nullable = false)
    private long totalYen;

    @Column(length = 2000)
    private String error;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected MonthlyClose() {
    }

    public MonthlyClose(YearMonth month) {
        this.month = month.atDay(1);
        this.status = CloseStatus.DRAFT;
    }

    public void start(String username, Instant now, LocalDate payday) {
        status = CloseStatus.RUNNING;
        startedBy = username;
        startedAt = now;
        finishedAt = null;
        error = null;
        processed = 0;
        contractors = 0;
        totalYen = 0;
        this.payday = payday;
    }

    public void progress(int contractorsTotal, int processedSoFar, long totalSoFar) {
        contractors = contractorsTotal;
        processed = processedSoFar;
        totalYen = totalSoFar;
    }

    public void finishDraft(Instant now) {
        status = CloseStatus.DRAFT;
        finishedAt = now;
    }

    public void fail(String message, Instant now) {
        status = CloseStatus.FAILED;
        error = message == null ? "" : message.substring(0, Math.min(message.length(), 2000));
        finishedAt = now;
    }

    public void confirm(String username, Instant now) {
        status = CloseStatus.CONFIRMED;
        confirmedBy = username;
        confirmedAt = now;
    }

    public YearMonth getMonth() { return YearMonth.from(month); }
    public CloseStatus getStatus() { return status; }
    public LocalDate getPayday() { return payday; }
    public int getContractors() { return contractors; }
    public int getProcessed() { return processed; }
    public long getTotalYen() { return totalYen; }
    public String getError() { return error; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public long getVersion() { return version; }
}
