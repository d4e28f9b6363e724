package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What a month's transfer file holds, shown before the download: payees, total, the payday, and who cannot be paid. */
public final class TransferFilePreview implements Serializable {

    private final YearMonth month;
    private final LocalDate transferDate;
    private final int payees;
    private final long totalYen;
    private final List<String> withoutBankAccount;

    public TransferFilePreview(YearMonth month, LocalDate transferDate, int payees, long totalYen, List<String> withoutBankAccount) {
        this.month = month;
        this.transferDate = transferDate;
        this.payees = payees;
        this.totalYen = totalYen;
        this.withoutBankAccount = List.copyOf(withoutBankAccount);
    }

    public YearMonth getMonth() { return month; }
    public LocalDate getTransferDate() { return transferDate; }
    public int getPayees() { return payees; }
    public long getTotalYen() { return totalYen; }
    /** Contractors (name and contract number) whose statement is positive but who have no confirmed account. */
    public List<String> getWithoutBankAccount() { return withoutBankAccount; }
    public boolean isReady() { return withoutBankAccount.isEmpty() && payees > 0; }
}
