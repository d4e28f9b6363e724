package jp.hometech.certificates.api;

/**
 * What the person issuing chooses.
 *
 * @param purposeNote required for {@link CertificatePurpose#OTHER} (what for), optional otherwise; at most 100 characters
 * @param remarks     staff only: one line added to the 備考 block, at most 100 characters; null or blank for none
 */
public record IssueCommand(CertificatePurpose purpose, String purposeNote, String remarks) implements java.io.Serializable {

    public static IssueCommand forPurpose(CertificatePurpose purpose) {
        return new IssueCommand(purpose, null, null);
    }
}
