package jp.hometech.billing.internal.adjustment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.billing.api.AdjustmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

@Entity
@Table(name = "adjustment")
public class Adjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "corrects_month", nullable = false)
    private LocalDate correctsMonth;

    @Column(name = "amount_yen", nullable = false)
    private long amountYen;

    @Column(nullable = false, length = 300)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdjustmentStatus status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "settled_month")
    private LocalDate settledMonth;

    @Version
    private long version;

    protected Adjustment() {
    }

    public Adjustment(long accountId, YearMonth corrects, long amountYen, String reason, String requestedBy, Instant now) {
        this.accountId = accountId;
        this.correctsMonth = corrects.atDay(1);
        this.amountYen = amountYen;
        this.reason = reason;
        this.status = AdjustmentStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    public void decide(boolean approve, String username, Instant now) {
        status = approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
        decidedBy = username;
        decidedAt = now;
    }

    public void settleIn(YearMonth month) {
        settledMonth = month.atDay(1);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public YearMonth getCorrectsMonth() { return YearMonth.from(correctsMonth); }
    public long getAmountYen() { return amountYen; }
    public String getReason() { return reason; }
    public AdjustmentStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public YearMonth getSettledMonth() { return settledMonth == null ? null : YearMonth.from(settledMonth); }
    public long getVersion() { return version; }
}
