package jp.hometech.recruitment.api;

import java.time.LocalDate;

/**
 * Fired when a contract ends (e.g. to chase lent equipment, Q3). Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record ContractEnded(long contractId, LocalDate endDate) {
}
