package jp.hometech.training.api.event;

import java.time.LocalDate;

/**
 * A trainee completed call training and starts work on {@code workStartDate} (T1 phase 5).
 *
 * <p><b>Publisher:</b> training, {@code EnrolmentService.completeCallTraining}.
 * <b>When:</b> a trainer records the completion.
 * <b>Phase:</b> outbox, in the recording transaction; delivered after its commit.
 * <b>Must react:</b> billing (the B3 incentive window starts with the work-start month), scheduling
 * (pre-entries from the work start, S2).
 *
 * @param candidateId recruitment's applicant id
 * @param accountId   the trainee's portal account
 */
public record CallTrainingCompleted(long enrolmentId, long candidateId, long accountId, LocalDate workStartDate) {
}
