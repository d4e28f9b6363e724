package jp.hometech.recruitment.api.event;

import java.time.LocalDate;

/**
 * A business contract was concluded with an applicant who passed; the contractor has an account of their own
 * from now on, and other modules refer to the contract by {@code contractId}.
 *
 * <p><b>Publisher:</b> recruitment, {@code ContractService.conclude}.
 * <b>When:</b> staff conclude the contract.
 * <b>Phase:</b> outbox, in the concluding transaction; delivered after its commit.
 * <b>Must react:</b> billing (fees from call training on, the B3 new-work incentive), equipment (lending,
 * Q1), scheduling and certificates (a contract in force, C3).
 *
 * @param applicantAccountId  the applicant's portal account (the trainee's account in training), or null
 * @param contractorAccountId the contractor's account, opened with the contract
 * @param firstHomeBasedWork  B3: the contractor gets the new-work incentive
 */
public record ContractConcluded(long contractId, long applicantId, Long applicantAccountId, long contractorAccountId,
                                LocalDate startDate, boolean firstHomeBasedWork) {
}
