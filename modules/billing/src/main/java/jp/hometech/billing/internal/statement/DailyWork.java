package jp.hometech.billing.internal.statement;

import java.time.LocalDate;

/** One contractor's work records of one day, summed: what the fee schedule prices. */
public record DailyWork(LocalDate date, long minutes, long calls) {
}
