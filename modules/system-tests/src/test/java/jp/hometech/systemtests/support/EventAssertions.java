package jp.hometech.systemtests.support;

import jakarta.transaction.UserTransaction;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.event.OutboxEntryView;
import jp.hometech.platform.api.event.OutboxQuery;
import jp.hometech.platform.api.event.OutboxStatus;
import jp.hometech.platform.api.security.Actor;

import javax.naming.InitialContext;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three things every event between modules must do (README, decision record 9): delivered once after the
 * publishing transaction committed, not at all when it rolled back, and retried after an observer failed, with
 * the failure visible to ADMIN in the meantime.
 */
public final class EventAssertions {

    private static final Actor ADMIN = new Actor("it-admin", "192.0.2.99");

    private EventAssertions() {
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public static void inRolledBackTransaction(Work work) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            work.run();
        } finally {
            transaction.rollback();
        }
    }

    public static <T> OutboxEntryView assertDeliveredOnce(String publisher, Class<T> type, String field, long value,
                                                          Predicate<T> match) {
        OutboxEntryView delivered = Outbox.awaitDelivered(type, field, value);
        Outbox.deliverAFewRounds();
        assertEquals(1, RecordingObserver.delivered(type, match).size(), "delivered once to the observer");
        OutboxEntryView after = Outbox.entry(type, field, value).orElseThrow();
        assertEquals(OutboxStatus.DELIVERED, after.getStatus());
        assertEquals(1, after.getAttempts(), "one attempt");
        assertNull(after.getLastError());
        assertEquals(publisher, after.getModule());
        return delivered;
    }

    public static <T> void assertNotPublished(Class<T> type, String field, long value, Predicate<T> match) {
        Outbox.deliverAFewRounds();
        assertTrue(Outbox.entries(type, field, value).isEmpty(), "a rolled-back change leaves nothing in the outbox");
        assertTrue(RecordingObserver.delivered(type, match).isEmpty(), "and nothing is delivered");
    }

    /**
     * Call after {@link RecordingObserver#failOnce} and the publishing change. {@code whileFailed} checks that the
     * other observers' work of the failed delivery was rolled back with it.
     */
    public static <T> OutboxEntryView assertRetriedAfterObserverFailure(Class<T> type, String field, long value,
                                                                        Predicate<T> match, Runnable whileFailed) {
        OutboxEntryView failed = Outbox.awaitFailed(type, field, value);
        assertEquals(1, failed.getAttempts());
        assertTrue(failed.getLastError().contains(RecordingObserver.FAILURE), failed.getLastError());
        assertTrue(failed.getNextAttemptAt().isAfter(failed.getLastAttemptAt()), "the next attempt is scheduled");
        assertTrue(RecordingObserver.delivered(type, match).isEmpty(), "the failed delivery committed nothing");
        whileFailed.run();
        assertTrue(Outbox.administration().search(new OutboxQuery(OutboxStatus.FAILED, null, type.getSimpleName(),
                                "\"" + field + "\":" + value), PageRequest.first(PageRequest.MAX_LIMIT)).rows().stream()
                        .anyMatch(e -> e.getId() == failed.getId()), "ADMIN sees the failed entry");

        Outbox.administration().retryNow(failed.getId(), ADMIN);
        OutboxEntryView delivered = Outbox.awaitDelivered(type, field, value);
        Outbox.deliverAFewRounds();
        assertEquals(2, Outbox.entry(type, field, value).orElseThrow().getAttempts(), "delivered on the second attempt");
        assertEquals(1, RecordingObserver.delivered(type, match).size(), "delivered once in the end");
        return delivered;
    }
}
