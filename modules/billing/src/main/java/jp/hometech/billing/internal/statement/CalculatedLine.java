package jp.hometech.billing.internal.statement;

import jp.hometech.billing.api.StatementLineKind;

import java.time.YearMonth;

/**
 * A statement line as calculated: the fee line's code (or "INCENTIVE"/"ADJUSTMENT"), its names, its unit (fees only),
 * quantity (calls, minutes or days), unit price and amount in yen; an adjustment names the month it corrects.
 */
public record CalculatedLine(StatementLineKind kind, String code, String nameJa, String nameEn, jp.hometech.billing.api.FeeUnit unit, long quantity,
                             long unitPriceYen, long amountYen, YearMonth corrects, Long adjustmentId, Long scheduleId) {
}
