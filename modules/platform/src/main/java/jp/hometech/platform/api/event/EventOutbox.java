package jp.hometech.platform.api.event;

/**
 * How a module publishes a fact that others must not miss (money, equipment or a person's data depends on it).
 * The event is written to the platform's outbox in the caller's transaction, so it exists exactly when the
 * change it reports was committed; the delivery job then fires it as a CDI event to the observers, each
 * delivery in a transaction of its own, and retries a failed delivery until it succeeds.
 *
 * <p>The event is an immutable record in the publisher's {@code api.event} package, with the ids of what changed
 * (a person as the platform account id) and no personal data: it is stored as JSON and read back by its class.
 * Observers use plain {@code @Observes} (they run inside the delivery's transaction, and a failure rolls back
 * their work and schedules a retry) and are idempotent: an event may be delivered more than once.
 */
public interface EventOutbox {

    /**
     * Stores the event for delivery. Must be called inside the publisher's transaction (refused otherwise).
     *
     * @param module the publishing module, e.g. {@code "recruitment"}
     * @return the outbox entry's id
     */
    long publish(String module, Object event);
}
