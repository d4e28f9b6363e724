package jp.hometech.billing.internal.statement;

import java.time.LocalDate;
import java.util.List;

/** A fee schedule as the calculation reads it: in force from {@code validFrom} until the next one starts. */
public record PricedSchedule(long id, LocalDate validFrom, List<FeeLine> lines) {
}
