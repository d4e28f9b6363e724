package jp.hometech.recruitment.api;

public enum RuleOutcome {
    PASSED, FAILED, NOT_APPLICABLE,
    /** Holds for now and is checked later by a person: R4c at the interview, R3 before the contract. */
    TO_CONFIRM;

    public String getMessageKey() {
        return "recruitment.ruleOutcome." + name();
    }
}
