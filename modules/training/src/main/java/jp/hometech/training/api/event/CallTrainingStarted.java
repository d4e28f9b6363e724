package jp.hometech.training.api.event;

import java.time.LocalDate;

/**
 * A trainee started call training (T1 phase 4); fees are paid from this day on (T4, B1).
 *
 * <p><b>Publisher:</b> training, {@code EnrolmentService.startCallTraining}.
 * <b>When:</b> a trainer records the start, on one of the cohort's call-training days, once the work
 * environment is verified.
 * <b>Phase:</b> outbox, in the recording transaction; delivered after its commit.
 * <b>Must react:</b> billing (fees from {@code date}), equipment (the telephone with headset, Q1).
 *
 * @param candidateId recruitment's applicant id
 * @param accountId   the trainee's portal account
 */
public record CallTrainingStarted(long enrolmentId, long candidateId, long accountId, LocalDate date) {
}
