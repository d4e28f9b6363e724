package jp.hometech.recruitment.api.event;

/**
 * An applicant passed the first interview (R4c confirmed; a minor still needs parental consent, R3).
 *
 * <p><b>Publisher:</b> recruitment, {@code InterviewService.recordOutcome} with a pass.
 * <b>When:</b> the interviewer records the pass.
 * <b>Phase:</b> written to the outbox in the recording transaction; delivered after its commit, in a delivery
 * transaction of its own; never for a pass that was rolled back.
 * <b>Must react:</b> training records the candidate as awaiting enrolment (T1).
 *
 * @param applicantId        recruitment's applicant id (the training candidate id)
 * @param applicantAccountId the applicant's portal account: every invited applicant has one, so null only when
 *                           it could not be matched to an account when account ids were introduced
 */
public record ApplicantPassedInterview(long applicantId, Long applicantAccountId) {
}
