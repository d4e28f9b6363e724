package jp.hometech.scheduling.internal.preentry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.scheduling.api.PreEntryOverrideView;

import java.time.Instant;

@Entity
@Table(name = "pre_entry_override")
public class PreEntryOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "week_id", nullable = false, updatable = false)
    private long weekId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "before_text", nullable = false, length = 2000, updatable = false)
    private String beforeText;

    @Column(name = "after_text", nullable = false, length = 2000, updatable = false)
    private String afterText;

    protected PreEntryOverride() {
    }

    PreEntryOverride(long weekId, Instant changedAt, String changedBy, String reason, String beforeText, String afterText) {
        this.weekId = weekId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.beforeText = beforeText;
        this.afterText = afterText;
    }

    PreEntryOverrideView view() {
        return new PreEntryOverrideView(changedAt, changedBy, reason, beforeText, afterText);
    }
}
