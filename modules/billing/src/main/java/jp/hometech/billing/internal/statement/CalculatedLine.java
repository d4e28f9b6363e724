package jp.hometech.billing.internal.statement;

import jp.hometech.billing.api.StatementLineKind;

import java.time.YearMonth;

/**
 * A statement line as calculated: the fee line's code (or "INCENTIVE"/"ADJUSTMENT"), its names, quantity (calls,
 * minutes or days), unit price and amount in yen; an adjustment names the month it corrects.
 */
public record CalculatedLine(StatementLineKind kind, String code, String nameJa, String nameEn, long quantity,
                             long unitPriceYen, long amountYen, YearMonth corrects, Long adjustmentId, Long scheduleId) {
}
