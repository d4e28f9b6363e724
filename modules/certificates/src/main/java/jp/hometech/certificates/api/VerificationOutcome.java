package jp.hometech.certificates.api;

/** What the public verification page says about a token from a certificate's QR code. */
public enum VerificationOutcome {
    /** Issued by us, and neither superseded nor outdated by the contract's end. */
    VALID,
    /** Issued by us, but a reissue has replaced it. */
    SUPERSEDED,
    /** Issued by us while the contract was in force; the contract has ended since. */
    CONTRACT_ENDED,
    /** No certificate has this token. */
    UNKNOWN,
    /** Too many look-ups from this address: try again later. */
    RATE_LIMITED;

    public String getMessageKey() {
        return "certificates.verify.outcome." + name();
    }

    public boolean isGenuine() {
        return this == VALID || this == SUPERSEDED || this == CONTRACT_ENDED;
    }
}
