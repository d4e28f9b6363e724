package jp.hometech.billing.internal.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * What the close knows of one contractor for one month: the contract's first-time flag (B3), the first
 * call-training day from which fees are paid (T4, B1; null while call training has not started), and the days
 * worked in the month.
 */
public record ContractorMonth(long accountId, boolean firstTimeHomeBasedWork, LocalDate workStart, List<DailyWork> days) {
}
