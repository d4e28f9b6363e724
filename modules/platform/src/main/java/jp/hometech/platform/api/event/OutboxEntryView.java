package jp.hometech.platform.api.event;

import java.io.Serializable;
import java.time.Instant;

/** One outbox entry as ADMIN sees it: the event, and how its delivery went. Getters for EL. */
public final class OutboxEntryView implements Serializable {

    private final long id;
    private final String module;
    private final String eventType;
    private final String payload;
    private final Instant createdAt;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final Instant lastAttemptAt;
    private final String lastError;
    private final Instant deliveredAt;

    public OutboxEntryView(long id, String module, String eventType, String payload, Instant createdAt, int attempts,
                           Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant deliveredAt) {
        this.id = id;
        this.module = module;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastAttemptAt = lastAttemptAt;
        this.lastError = lastError;
        this.deliveredAt = deliveredAt;
    }

    public long getId() { return id; }
    public String getModule() { return module; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }

    /** The event class without its package, e.g. {@code ContractEnded}. */
    public String getEventName() {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }

    public OutboxStatus getStatus() {
        if (deliveredAt != null) {
            return OutboxStatus.DELIVERED;
        }
        return attempts == 0 ? OutboxStatus.PENDING : OutboxStatus.FAILED;
    }
}
