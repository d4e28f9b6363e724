package jp.hometech.recruitment.api;

import java.time.Instant;

/** The parental-consent document's facts, without its content. */
public final class ConsentDocumentView implements java.io.Serializable {

    private final long id;
    private final long applicantId;
    private final String fileName;
    private final String contentType;
    private final long sizeBytes;
    private final Instant uploadedAt;
    private final String uploadedBy;
    private final Instant verifiedAt;
    private final String verifiedBy;
    private final long version;

    public ConsentDocumentView(long id, long applicantId, String fileName, String contentType, long sizeBytes,
                               Instant uploadedAt, String uploadedBy, Instant verifiedAt, String verifiedBy, long version) {
        this.id = id;
        this.applicantId = applicantId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
        this.version = version;
    }

    public long getId() { return id; }
    public long getApplicantId() { return applicantId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public String getVerifiedBy() { return verifiedBy; }
    public boolean isVerified() { return verifiedAt != null; }
    public long getVersion() { return version; }
}
