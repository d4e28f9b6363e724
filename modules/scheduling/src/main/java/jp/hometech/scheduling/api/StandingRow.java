package jp.hometech.scheduling.api;

import java.io.Serializable;

/** One contractor on the staff list of standings: the contract and the month's standing. */
public final class StandingRow implements Serializable {

    private final String contractNumber;
    private final String contractorName;
    private final MonthlyStanding standing;

    public StandingRow(String contractNumber, String contractorName, MonthlyStanding standing) {
        this.contractNumber = contractNumber;
        this.contractorName = contractorName;
        this.standing = standing;
    }

    public String getContractNumber() { return contractNumber; }
    public String getContractorName() { return contractorName; }
    public MonthlyStanding getStanding() { return standing; }
}
