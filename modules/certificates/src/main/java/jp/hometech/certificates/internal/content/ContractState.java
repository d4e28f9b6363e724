package jp.hometech.certificates.internal.content;

/** The contract as of the date of issue. */
public enum ContractState {
    ACTIVE, SUSPENDED, ENDED
}
