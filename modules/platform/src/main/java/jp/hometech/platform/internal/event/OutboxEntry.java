package jp.hometech.platform.internal.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.platform.api.event.OutboxEntryView;

import java.time.Instant;

/**
 * One published event and the state of its delivery. No version: only the delivery job changes it, under a row
 * lock ({@code for update skip locked}), and ADMIN's "retry now" only moves the next attempt.
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry {

    static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module", nullable = false, length = 32)
    private String module;

    @Column(name = "event_type", nullable = false, length = 200)
    private String eventType;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxEntry() {
    }

    OutboxEntry(String module, String eventType, String payload, Instant createdAt) {
        this.module = module;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void delivered(Instant at) {
        attempts++;
        lastAttemptAt = at;
        deliveredAt = at;
    }

    void failed(Instant at, String error, Instant nextAttempt) {
        attempts++;
        lastAttemptAt = at;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        nextAttemptAt = nextAttempt;
    }

    void dueAt(Instant at) {
        nextAttemptAt = at;
    }

    public Long getId() { return id; }
    public String getModule() { return module; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public int getAttempts() { return attempts; }
    public Instant getDeliveredAt() { return deliveredAt; }

    OutboxEntryView toView() {
        return new OutboxEntryView(id, module, eventType, payload, createdAt, attempts, nextAttemptAt, lastAttemptAt,
                lastError, deliveredAt);
    }
}
