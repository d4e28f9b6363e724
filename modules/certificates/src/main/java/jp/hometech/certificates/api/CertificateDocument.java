package jp.hometech.certificates.api;

import java.util.Objects;

/** One stored PDF exactly as it was issued: the bytes whose SHA-256 the issue log holds. */
public final class CertificateDocument implements java.io.Serializable {

    private final String certificateNumber;
    private final DocumentKind kind;
    private final byte[] content;
    private final String sha256;

    public CertificateDocument(String certificateNumber, DocumentKind kind, byte[] content, String sha256) {
        this.certificateNumber = Objects.requireNonNull(certificateNumber);
        this.kind = Objects.requireNonNull(kind);
        this.content = content.clone();
        this.sha256 = sha256;
    }

    public String getCertificateNumber() { return certificateNumber; }
    public DocumentKind getKind() { return kind; }
    public byte[] getContent() { return content.clone(); }
    public String getSha256() { return sha256; }
    public String getFileName() { return kind.fileName(certificateNumber); }
    public String getContentType() { return "application/pdf"; }
}
