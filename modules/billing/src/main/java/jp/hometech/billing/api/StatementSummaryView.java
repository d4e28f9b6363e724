package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** A row of a close's review: one contractor's month with its total and the difference to the month before. */
public final class StatementSummaryView implements Serializable {

    private final long statementId;
    private final long accountId;
    private final String contractorName;
    private final YearMonth month;
    private final LocalDate payday;
    private final long calls;
    private final long minutes;
    private final long subtotalYen;
    private final long taxYen;
    private final long totalYen;
    private final Long previousTotalYen;

    public StatementSummaryView(long statementId, long accountId, String contractorName, YearMonth month, LocalDate payday,
                                long calls, long minutes, long subtotalYen, long taxYen, long totalYen, Long previousTotalYen) {
        this.statementId = statementId;
        this.accountId = accountId;
        this.contractorName = contractorName;
        this.month = month;
        this.payday = payday;
        this.calls = calls;
        this.minutes = minutes;
        this.subtotalYen = subtotalYen;
        this.taxYen = taxYen;
        this.totalYen = totalYen;
        this.previousTotalYen = previousTotalYen;
    }

    public long getStatementId() { return statementId; }
    public long getAccountId() { return accountId; }
    public String getContractorName() { return contractorName; }
    public YearMonth getMonth() { return month; }
    public LocalDate getPayday() { return payday; }
    public long getCalls() { return calls; }
    public long getMinutes() { return minutes; }
    public long getSubtotalYen() { return subtotalYen; }
    public long getTaxYen() { return taxYen; }
    public long getTotalYen() { return totalYen; }
    /** Last month's total, or null when there was no statement. */
    public Long getPreviousTotalYen() { return previousTotalYen; }
    public Long getDifferenceYen() { return previousTotalYen == null ? null : totalYen - previousTotalYen; }
}
