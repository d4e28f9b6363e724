package jp.hometech.recruitment.api;

import java.time.LocalDate;

/**
 * Fired when a business contract is concluded; the contractor is referred to by {@code contractId} from then on.
 * Observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param firstHomeBasedWork B3: the contractor gets the new-work incentive
 */
public record ContractConcluded(long contractId, long applicantId, String contractorUsername, LocalDate startDate,
                                boolean firstHomeBasedWork) {
}
