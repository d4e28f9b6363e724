package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.recruitment.api.ConsentDocumentView;

import java.time.Instant;

/** The signed parental-consent form of a minor (R3), stored in the database. */
@Entity
@Table(name = "parental_consent")
public class ParentalConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected ParentalConsent() {
    }

    ParentalConsent(long applicantId) {
        this.applicantId = applicantId;
    }

    /** A new document must be verified again. */
    void replaceDocument(String fileName, String contentType, byte[] content, Instant now, String by) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = now;
        this.uploadedBy = by;
        this.verifiedAt = null;
        this.verifiedBy = null;
    }

    void verify(Instant now, String by) {
        verifiedAt = now;
        verifiedBy = by;
    }

    ConsentDocumentView toView() {
        return new ConsentDocumentView(id, applicantId, fileName, contentType, sizeBytes, uploadedAt, uploadedBy,
                verifiedAt, verifiedBy, version);
    }

    Long getId() { return id; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    byte[] getContent() { return content.clone(); }
    boolean isVerified() { return verifiedAt != null; }
    long getVersion() { return version; }
}
