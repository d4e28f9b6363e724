package jp.hometech.recruitment.api.event;

import java.time.LocalDate;

/**
 * A contract ended (from ACTIVE or SUSPENDED); nothing changes it afterwards.
 *
 * <p><b>Publisher:</b> recruitment, {@code ContractService.end}.
 * <b>When:</b> staff end the contract.
 * <b>Phase:</b> outbox, in the ending transaction; delivered after its commit.
 * <b>Must react:</b> equipment (chase lent units until returned or written off, Q3), billing (the last month
 * is still paid), scheduling (no pre-entries after {@code endDate}), certificates (no certificate of a
 * contract in force after it).
 */
public record ContractEnded(long contractId, Long contractorAccountId, LocalDate endDate) {
}
