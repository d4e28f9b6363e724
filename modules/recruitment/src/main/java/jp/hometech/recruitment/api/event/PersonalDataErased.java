package jp.hometech.recruitment.api.event;

import java.time.Instant;

/**
 * The personal data of a closed application was erased after the retention period; the applicant's portal
 * account is deleted with it, so its user name (their e-mail) can be registered again, by anybody.
 *
 * <p><b>Publisher:</b> recruitment, {@code PersonalDataRetentionService.eraseExpired} (the nightly job).
 * <b>When:</b> once per erased applicant.
 * <b>Phase:</b> outbox, in the erasing transaction; delivered after its commit.
 * <b>Must react:</b> every module that copied something of this person: it erases or pseudonymizes it
 * (training: the awaiting candidate goes, enrolments and the environment check are pseudonymized).
 *
 * @param applicantAccountId the deleted portal account, or null when they never had one
 */
public record PersonalDataErased(long applicantId, Long applicantAccountId, Instant erasedAt) {
}
