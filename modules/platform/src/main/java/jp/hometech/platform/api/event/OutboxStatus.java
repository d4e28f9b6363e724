package jp.hometech.platform.api.event;

/** Where an outbox entry stands: never tried, tried and failed (retried later), or delivered. */
public enum OutboxStatus {
    PENDING, FAILED, DELIVERED
}
