package jp.hometech.platform.api.event;

/**
 * Filters of the outbox list; null means any. {@code eventType} is the simple or the full class name;
 * {@code payloadText} is a piece of the event's JSON, e.g. {@code "contractId":42}.
 */
public record OutboxQuery(OutboxStatus status, String module, String eventType, String payloadText)
        implements java.io.Serializable {
}
