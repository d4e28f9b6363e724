package jp.hometech.certificates.api;

import java.time.LocalDate;

/**
 * The whole answer of the public verification page, and nothing more: the outcome and, for a genuine
 * certificate, its number, its date of issue and the contractor's name partly masked (山＊ 太＊).
 */
public final class VerificationResult implements java.io.Serializable {

    private final VerificationOutcome outcome;
    private final String number;
    private final LocalDate issueDate;
    private final String issueDateText;
    private final String maskedName;

    public VerificationResult(VerificationOutcome outcome, String number, LocalDate issueDate, String issueDateText,
                              String maskedName) {
        this.outcome = outcome;
        this.number = number;
        this.issueDate = issueDate;
        this.issueDateText = issueDateText;
        this.maskedName = maskedName;
    }

    public static VerificationResult of(VerificationOutcome outcome) {
        return new VerificationResult(outcome, null, null, null, null);
    }

    public VerificationOutcome getOutcome() { return outcome; }
    public String getNumber() { return number; }
    public LocalDate getIssueDate() { return issueDate; }
    /** The date of issue as the certificate prints it: 令和8年12月2日（2026年12月2日）. */
    public String getIssueDateText() { return issueDateText; }
    public String getMaskedName() { return maskedName; }
    public boolean isGenuine() { return outcome.isGenuine(); }
}
