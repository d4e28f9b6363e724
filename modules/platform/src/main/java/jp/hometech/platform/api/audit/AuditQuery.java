package jp.hometech.platform.api.audit;

import java.time.Instant;

/** Filters of an audit search; null means "any". Text filters match a part, ignoring case. */
public record AuditQuery(String actor, String module, String action, String text, Instant from, Instant toExclusive) implements java.io.Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
