package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.Instant;

/** A change staff made to a week after its deadline, and why (S2). */
public final class PreEntryOverrideView implements Serializable {

    private final Instant changedAt;
    private final String changedBy;
    private final String reason;
    private final String before;
    private final String after;

    public PreEntryOverrideView(Instant changedAt, String changedBy, String reason, String before, String after) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.before = before;
        this.after = after;
    }

    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
