package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.Instant;

/** An API token as staff see it: never its secret (only the first characters, to tell tokens apart). */
public final class ApiTokenView implements Serializable {

    private final long id;
    private final String name;
    private final String prefix;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant revokedAt;
    private final Instant lastUsedAt;
    private final long version;

    public ApiTokenView(long id, String name, String prefix, Instant createdAt, String createdBy, Instant revokedAt,
                        Instant lastUsedAt, long version) {
        this.id = id;
        this.name = name;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
        this.version = version;
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public String getPrefix() { return prefix; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public boolean isRevoked() { return revokedAt != null; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public long getVersion() { return version; }
}
