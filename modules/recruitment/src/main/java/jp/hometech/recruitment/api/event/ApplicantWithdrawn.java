package jp.hometech.recruitment.api.event;

import java.time.Instant;

/**
 * An applicant withdrew (or staff withdrew them) before a contract: the application is closed and its
 * personal data will be erased after the retention period ({@link PersonalDataErased}).
 *
 * <p><b>Publisher:</b> recruitment, {@code ApplicationService.withdraw} and {@code withdrawOwn}.
 * <b>When:</b> the withdrawal is recorded (from INVITED, INTERVIEW_BOOKED or PASSED).
 * <b>Phase:</b> outbox, in the withdrawing transaction; delivered after its commit.
 * <b>Must react:</b> training: a candidate awaiting enrolment no longer awaits.
 *
 * @param applicantAccountId the applicant's portal account, or null when they never had one
 */
public record ApplicantWithdrawn(long applicantId, Long applicantAccountId, Instant withdrawnAt) {
}
