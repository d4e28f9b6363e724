package jp.hometech.recruitment.api;

import java.time.LocalDate;

/**
 * Concluding the business contract (業務委託契約) after a pass.
 *
 * @param contractNumber     null or blank: the next number is generated
 * @param firstHomeBasedWork the contractor has never done home-based work for the company before (B3 incentive)
 * @param contractorUsername login of the new CONTRACTOR portal account; null or blank: the contract number, lower-cased
 * @param initialPassword    of that account, handed to the contractor
 */
public record ContractCommand(long applicantId, long expectedApplicantVersion, String contractNumber,
                              LocalDate startDate, boolean firstHomeBasedWork, String contractorUsername,
                              char[] initialPassword) implements java.io.Serializable {
}
