package jp.hometech.systemtests.support;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.event.OutboxAdministration;
import jp.hometech.platform.api.event.OutboxEntryView;
import jp.hometech.platform.api.event.OutboxQuery;
import jp.hometech.platform.api.event.OutboxStatus;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The platform's outbox as the in-container tests use it: find the entry of an event by a field of its JSON,
 * and run delivery rounds (as the job does every few seconds) until it reached a state.
 */
public final class Outbox {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Outbox() {
    }

    public static OutboxAdministration administration() {
        try {
            return InitialContext.doLookup("java:global/backoffice/platform/DefaultOutboxAdministration!"
                    + OutboxAdministration.class.getName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entries of this event type whose JSON has {@code "field":value}. */
    public static List<OutboxEntryView> entries(Class<?> eventType, String field, long value) {
        Pattern exact = Pattern.compile("\"" + field + "\":" + value + "[,}]");
        return administration().search(new OutboxQuery(null, null, eventType.getName(), "\"" + field + "\":" + value),
                        PageRequest.first(PageRequest.MAX_LIMIT)).rows().stream()
                .filter(e -> exact.matcher(e.getPayload()).find()).toList();
    }

    public static Optional<OutboxEntryView> entry(Class<?> eventType, String field, long value) {
        List<OutboxEntryView> found = entries(eventType, field, value);
        if (found.size() > 1) {
            throw new AssertionError("more than one " + eventType.getSimpleName() + " with " + field + " " + value + ": " + found.size());
        }
        return found.stream().findFirst();
    }

    public static OutboxEntryView awaitDelivered(Class<?> eventType, String field, long value) {
        return await(eventType, field, value, e -> e.getStatus() == OutboxStatus.DELIVERED, "delivered");
    }

    public static OutboxEntryView awaitFailed(Class<?> eventType, String field, long value) {
        return await(eventType, field, value, e -> e.getStatus() == OutboxStatus.FAILED, "failed");
    }

    /** Delivery rounds until the entry is in the state; the job of this node or another may do the round first. */
    public static OutboxEntryView await(Class<?> eventType, String field, long value, Predicate<OutboxEntryView> state,
                                        String description) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<OutboxEntryView> entry = Optional.empty();
        while (System.nanoTime() < deadline) {
            administration().deliverDue();
            entry = entry(eventType, field, value);
            if (entry.isPresent() && state.test(entry.get())) {
                return entry.get();
            }
            sleep();
        }
        throw new AssertionError(eventType.getSimpleName() + " with " + field + " " + value + " not " + description
                + " within " + PATIENCE + ": " + entry.map(e -> e.getStatus() + ", " + e.getLastError()).orElse("no entry"));
    }

    /** Runs delivery rounds a few times, so that a wrong second delivery would have had its chance. */
    public static void deliverAFewRounds() {
        for (int i = 0; i < 3; i++) {
            administration().deliverDue();
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
