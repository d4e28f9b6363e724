package jp.hometech.recruitment.api.event;

import java.time.LocalDate;

/**
 * An active contract was suspended (e.g. a long absence); it may be resumed ({@link ContractResumed}) or ended.
 *
 * <p><b>Publisher:</b> recruitment, {@code ContractService.suspend}.
 * <b>When:</b> staff suspend the contract.
 * <b>Phase:</b> outbox, in the suspending transaction; delivered after its commit.
 * <b>Must react:</b> scheduling (no pre-entries while suspended), billing (no fees for work that cannot be done).
 *
 * @param suspendedOn the business day (Tokyo) the suspension was recorded
 */
public record ContractSuspended(long contractId, Long contractorAccountId, LocalDate suspendedOn) {
}
