package jp.hometech.certificates.api;

/**
 * Filters of the issue log; null means "any". {@code text} matches a part of the certificate number, the
 * contract number or the contractor's name; {@code contractorAccountId} narrows it to one person.
 */
public record CertificateQuery(String text, CertificateStatus status, Long contractorAccountId)
        implements java.io.Serializable {

    public static CertificateQuery all() {
        return new CertificateQuery(null, null, null);
    }
}
