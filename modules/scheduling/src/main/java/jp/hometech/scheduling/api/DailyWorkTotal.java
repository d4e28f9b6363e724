package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.LocalDate;

/** One contractor's work records of one day, summed: what billing prices (B1). */
public final class DailyWorkTotal implements Serializable {

    private final long contractorAccountId;
    private final LocalDate date;
    private final long minutes;
    private final long calls;

    public DailyWorkTotal(long contractorAccountId, LocalDate date, long minutes, long calls) {
        this.contractorAccountId = contractorAccountId;
        this.date = date;
        this.minutes = minutes;
        this.calls = calls;
    }

    public long getContractorAccountId() { return contractorAccountId; }
    public LocalDate getDate() { return date; }
    public long getMinutes() { return minutes; }
    public long getCalls() { return calls; }
}
