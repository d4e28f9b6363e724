package jp.hometech.billing.api;

/** An adjustment of a closed month (B4) is requested by one person and approved or rejected by another. */
public enum AdjustmentStatus {
    REQUESTED, APPROVED, REJECTED
}
