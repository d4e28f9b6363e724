package jp.hometech.billing.internal.payee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.billing.api.BankAccountState;

import java.time.Instant;

@Entity
@Table(name = "bank_account")
public class BankAccountRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BankAccountState state;

    @Column(name = "bank_code", nullable = false, length = 4)
    private String bankCode;

    @Column(name = "branch_code", nullable = false, length = 3)
    private String branchCode;

    @Column(name = "deposit_type", nullable = false)
    private short depositType;

    @Column(nullable = false, length = 7)
    private String number;

    @Column(name = "holder_kana", nullable = false, length = 30)
    private String holderKana;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "first_transfer_done", nullable = false)
    private boolean firstTransferDone;

    @Version
    private long version;

    protected BankAccountRecord() {
    }

    public BankAccountRecord(long accountId, BankAccountState state, String bankCode, String branchCode, int depositType,
                             String number, String holderKana, String enteredBy, Instant now) {
        this.accountId = accountId;
        this.state = state;
        this.bankCode = bankCode;
        this.branchCode = branchCode;
        this.depositType = (short) depositType;
        this.number = number;
        this.holderKana = holderKana;
        this.enteredBy = enteredBy;
        this.enteredAt = now;
    }

    public void confirm(String username, Instant now) {
        state = BankAccountState.CONFIRMED;
        confirmedBy = username;
        confirmedAt = now;
    }

    public void replace() {
        state = BankAccountState.REPLACED;
    }

    public void reject(String username, Instant now) {
        state = BankAccountState.REJECTED;
        confirmedBy = username;
        confirmedAt = now;
    }

    public void markTransferred() {
        firstTransferDone = true;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public BankAccountState getState() { return state; }
    public String getBankCode() { return bankCode; }
    public String getBranchCode() { return branchCode; }
    public int getDepositType() { return depositType; }
    public String getNumber() { return number; }
    public String getHolderKana() { return holderKana; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public boolean isFirstTransferDone() { return firstTransferDone; }
    public long getVersion() { return version; }
}
