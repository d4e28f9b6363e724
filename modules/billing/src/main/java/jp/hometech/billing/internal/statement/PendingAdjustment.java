package jp.hometech.billing.internal.statement;

import java.time.YearMonth;

/** An approved correction of a closed month (B4) that lands in the month being calculated. */
public record PendingAdjustment(long id, long amountYen, String reason, YearMonth corrects) {
}
