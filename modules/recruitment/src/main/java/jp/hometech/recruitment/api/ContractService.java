package jp.hometech.recruitment.api;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Business contracts with contractors. Concluding one needs a passed interview and, for a minor (under 18 on the
 * day of conclusion), verified parental consent (R3); it opens the contractor's CONTRACTOR portal account and
 * fires {@link ContractConcluded}. Ending fires {@link ContractEnded}.
 */
public interface ContractService {

    ContractView conclude(ContractCommand command, Actor actor);

    ContractView suspend(long contractId, long expectedVersion, String reason, Actor actor);

    ContractView resume(long contractId, long expectedVersion, Actor actor);

    ContractView end(long contractId, long expectedVersion, LocalDate endDate, String reason, Actor actor);

    Optional<ContractView> find(long contractId);

    /** The applicant's contract that has not ended, else their latest one. */
    Optional<ContractView> findByApplicant(long applicantId);

    Optional<ContractView> findByContractorUsername(String username);

    /** The contract with this number (as printed, e.g. "HT2026-00042"; case and full-width folded). */
    Optional<ContractView> findByNumber(String contractNumber);

    /** The contract of the contractor with this platform account id (their CONTRACTOR portal account). */
    Optional<ContractView> findByContractorAccount(long accountId);


    /** Latest start first by default. */
    SortFields SORT = SortFields.of("contracts", "startDate", false, "contractNumber", "contractorNameKana", "startDate",
            "status", "contractorUsername");

    /** The contracts the query matches, counted up to {@link RowCount#CAP}. */
    RowCount count(ContractQuery query);

    /** One page of the contracts the query matches, sorted by a field of {@link #SORT}. */
    List<ContractView> search(ContractQuery query, PageRequest page);

    /** The contractor's date of birth as the applicant gave it, for the business-contract certificate (C3). */
    Optional<LocalDate> contractorBirthDate(long contractId);

    /** The contracts of many contractors at once, keyed by their platform account id (billing's monthly close). */
    java.util.Map<Long, ContractView> findByContractorAccounts(java.util.Collection<Long> accountIds);
}
