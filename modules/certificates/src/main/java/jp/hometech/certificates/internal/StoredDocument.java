package jp.hometech.certificates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jp.hometech.certificates.api.DocumentKind;

import java.io.Serializable;
import java.util.Objects;

/** A PDF exactly as it was issued, so a download later gives the same bytes the log's hash was taken of. */
@Entity
@Table(name = "certificate_document")
@IdClass(StoredDocument.Key.class)
public class StoredDocument {

    @Id
    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    protected StoredDocument() {
    }

    StoredDocument(long certificateId, DocumentKind kind, byte[] content, String sha256) {
        this.certificateId = certificateId;
        this.kind = kind;
        this.content = content.clone();
        this.sha256 = sha256;
    }

    byte[] getContent() { return content.clone(); }
    String getSha256() { return sha256; }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long certificateId;
        private DocumentKind kind;

        public Key() {
        }

        Key(long certificateId, DocumentKind kind) {
            this.certificateId = certificateId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && certificateId == other.certificateId && kind == other.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(certificateId, kind);
        }
    }
}
