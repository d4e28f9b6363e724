package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A payment statement (支払通知書, B5): one contractor's month as confirmed. */
public final class StatementView implements Serializable {

    private final long id;
    private final long accountId;
    private final String payeeName;
    private final String contractNumber;
    private final YearMonth month;
    private final LocalDate payday;
    private final long calls;
    private final long minutes;
    private final int daysWorked;
    private final List<StatementLineView> lines;
    private final long subtotalYen;
    private final long taxYen;
    private final long totalYen;
    private final String invoiceNumber;
    private final boolean confirmed;

    public StatementView(long id, long accountId, String payeeName, String contractNumber, YearMonth month, LocalDate payday,
                         long calls, long minutes, int daysWorked, List<StatementLineView> lines, long subtotalYen,
                         long taxYen, long totalYen, String invoiceNumber, boolean confirmed) {
        this.id = id;
        this.accountId = accountId;
        this.payeeName = payeeName;
        this.contractNumber = contractNumber;
        this.month = month;
        this.payday = payday;
        this.calls = calls;
        this.minutes = minutes;
        this.daysWorked = daysWorked;
        this.lines = List.copyOf(lines);
        this.subtotalYen = subtotalYen;
        this.taxYen = taxYen;
        this.totalYen = totalYen;
        this.invoiceNumber = invoiceNumber;
        this.confirmed = confirmed;
    }

    public long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getPayeeName() { return payeeName; }
    public String getContractNumber() { return contractNumber; }
    public YearMonth getMonth() { return month; }
    public LocalDate getPayday() { return payday; }
    public long getCalls() { return calls; }
    public long getMinutes() { return minutes; }
    public int getDaysWorked() { return daysWorked; }
    public List<StatementLineView> getLines() { return lines; }
    public long getSubtotalYen() { return subtotalYen; }
    public long getTaxYen() { return taxYen; }
    public long getTotalYen() { return totalYen; }
    /** The contractor's 適格請求書発行事業者登録番号, or null when they have none. */
    public String getInvoiceNumber() { return invoiceNumber; }
    public boolean isConfirmed() { return confirmed; }
}
