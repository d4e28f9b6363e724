package jp.hometech.billing.api;

/** A contractor's entry waits for BILLING's confirmation (PENDING); the confirmed one is paid; a newer one REPLACES it. */
public enum BankAccountState {
    CONFIRMED, PENDING, REPLACED, REJECTED
}
