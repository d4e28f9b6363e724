package jp.hometech.recruitment.api.event;

import java.time.LocalDate;

/**
 * A suspended contract is active again.
 *
 * <p><b>Publisher:</b> recruitment, {@code ContractService.resume}.
 * <b>When:</b> staff resume the contract.
 * <b>Phase:</b> outbox, in the resuming transaction; delivered after its commit.
 * <b>Must react:</b> the observers of {@link ContractSuspended}, to undo what they did.
 *
 * @param resumedOn the business day (Tokyo) the resumption was recorded
 */
public record ContractResumed(long contractId, Long contractorAccountId, LocalDate resumedOn) {
}
