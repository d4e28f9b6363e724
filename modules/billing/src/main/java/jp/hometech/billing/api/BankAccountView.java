package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.Instant;

/** A contractor's bank account as BILLING and the contractor see it, with the bank's and branch's names. */
public final class BankAccountView implements Serializable {

    private final long id;
    private final long accountId;
    private final BankAccountState state;
    private final String bankCode;
    private final String bankName;
    private final String branchCode;
    private final String branchName;
    private final int depositType;
    private final String number;
    private final String holderKana;
    private final String enteredBy;
    private final Instant enteredAt;
    private final long version;

    public BankAccountView(long id, long accountId, BankAccountState state, String bankCode, String bankName,
                           String branchCode, String branchName, int depositType, String number, String holderKana,
                           String enteredBy, Instant enteredAt, long version) {
        this.id = id;
        this.accountId = accountId;
        this.state = state;
        this.bankCode = bankCode;
        this.bankName = bankName;
        this.branchCode = branchCode;
        this.branchName = branchName;
        this.depositType = depositType;
        this.number = number;
        this.holderKana = holderKana;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.version = version;
    }

    public long getId() { return id; }
    public long getAccountId() { return accountId; }
    public BankAccountState getState() { return state; }
    public String getBankCode() { return bankCode; }
    public String getBankName() { return bankName; }
    public String getBranchCode() { return branchCode; }
    public String getBranchName() { return branchName; }
    /** 1 普通, 2 当座. */
    public int getDepositType() { return depositType; }
    public String getNumber() { return number; }
    public String getHolderKana() { return holderKana; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public long getVersion() { return version; }
}
