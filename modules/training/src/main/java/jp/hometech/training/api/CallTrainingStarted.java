package jp.hometech.training.api;

import java.time.LocalDate;

/**
 * CDI event: a trainee started call training on {@code date}; fees are paid from this day on (T4, B1).
 * Fired inside the transaction that records it; observe with {@code during = TransactionPhase.AFTER_SUCCESS}
 * to act only once it is committed.
 */
public record CallTrainingStarted(long enrolmentId, long candidateId, LocalDate date) {
}
