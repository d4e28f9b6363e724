package jp.hometech.training.api;

import java.time.LocalDate;

/**
 * CDI event: a trainee completed call training and starts work on {@code workStartDate} (T1 phase 5).
 * Fired inside the recording transaction, like {@link CallTrainingStarted}.
 */
public record CallTrainingCompleted(long enrolmentId, long candidateId, LocalDate workStartDate) {
}
