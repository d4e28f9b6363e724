package jp.hometech.billing.internal.close;

/** RUNNING while one node computes the draft; DRAFT to review and run again; FAILED with its error; CONFIRMED is final (B4). */
public enum CloseStatus {
    RUNNING, DRAFT, FAILED, CONFIRMED
}
