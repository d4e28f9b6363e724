package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/** A correction of a closed month (B4): requested by one person, decided by another, paid in the next open month. */
public final class AdjustmentView implements Serializable {

    private final long id;
    private final long accountId;
    private final YearMonth corrects;
    private final long amountYen;
    private final String reason;
    private final AdjustmentStatus status;
    private final String requestedBy;
    private final Instant requestedAt;
    private final String decidedBy;
    private final YearMonth settledIn;
    private final long version;

    public AdjustmentView(long id, long accountId, YearMonth corrects, long amountYen, String reason, AdjustmentStatus status,
                          String requestedBy, Instant requestedAt, String decidedBy, YearMonth settledIn, long version) {
        this.id = id;
        this.accountId = accountId;
        this.corrects = corrects;
        this.amountYen = amountYen;
        this.reason = reason;
        this.status = status;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decidedBy = decidedBy;
        this.settledIn = settledIn;
        this.version = version;
    }

    public long getId() { return id; }
    public long getAccountId() { return accountId; }
    public YearMonth getCorrects() { return corrects; }
    public long getAmountYen() { return amountYen; }
    public String getReason() { return reason; }
    public AdjustmentStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    /** The month whose confirmed close paid it, or null while open. */
    public YearMonth getSettledIn() { return settledIn; }
    public long getVersion() { return version; }
}
