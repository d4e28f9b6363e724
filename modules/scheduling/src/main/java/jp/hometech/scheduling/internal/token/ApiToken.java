package jp.hometech.scheduling.internal.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.scheduling.api.ApiTokenView;

import java.time.Instant;

@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_prefix", nullable = false, length = 12, updatable = false)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false, columnDefinition = "char(64)")
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenPrefix, String tokenHash, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at, String by) {
        revokedAt = at;
        revokedBy = by;
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public long getVersion() { return version; }
    public boolean isRevoked() { return revokedAt != null; }

    ApiTokenView view() {
        return new ApiTokenView(id, name, tokenPrefix, createdAt, createdBy, revokedAt, lastUsedAt, version);
    }
}
