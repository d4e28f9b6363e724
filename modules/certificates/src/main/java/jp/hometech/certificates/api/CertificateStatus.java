package jp.hometech.certificates.api;

/** An issued certificate is valid until a reissue supersedes it (C4). */
public enum CertificateStatus {
    VALID, SUPERSEDED;

    public String getMessageKey() {
        return "certificates.status." + name();
    }
}
