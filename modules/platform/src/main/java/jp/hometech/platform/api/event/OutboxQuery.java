package jp.hometech.platform.api.event;

/** Filters of the outbox list; null means any. {@code eventType} is the simple or the full class name. */
public record OutboxQuery(OutboxStatus status, String module, String eventType) implements java.io.Serializable {

    public static OutboxQuery undelivered() {
        return new OutboxQuery(null, null, null);
    }
}
