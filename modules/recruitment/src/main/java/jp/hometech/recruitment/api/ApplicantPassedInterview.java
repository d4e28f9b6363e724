package jp.hometech.recruitment.api;

/**
 * Fired when the interviewer records a pass. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so nothing happens for a pass that was rolled back.
 */
public record ApplicantPassedInterview(long applicantId, String name) {
}
