package jp.hometech.platform.api.account;

public enum LoginOutcome {
    SUCCESS,
    /** Unknown user or wrong password: the two are never told apart to the client. */
    INVALID_CREDENTIALS,
    /** Too many failed attempts; refused until {@link LoginResult#lockedUntil()} even with the right password. */
    LOCKED,
    DISABLED
}
