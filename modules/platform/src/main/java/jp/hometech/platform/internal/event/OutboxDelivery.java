package jp.hometech.platform.internal.event;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one due entry. The entry's row stays locked (FOR UPDATE) in this transaction while the observers
 * run in the dispatcher's own transaction, so no other node delivers it at the same time; SKIP LOCKED lets the
 * other nodes take the next entries instead of waiting. The outcome is written to the entry only after the
 * observers' transaction has ended: a crash in between delivers the event again, which observers allow.
 */
@Stateless
public class OutboxDelivery {

    enum Outcome { NOTHING_DUE, DELIVERED, FAILED }

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @EJB
    EventDispatcher dispatcher;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliverNext() {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                        select id from platform.outbox_entry where delivered_at is null and next_attempt_at <= ?1
                        order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxEntry entry = em.find(OutboxEntry.class, due.get(0).longValue());
        try {
            dispatcher.fire(entry.getEventType(), entry.getPayload());
        } catch (Exception e) {
            Instant next = now.plus(wait(entry.getAttempts() + 1));
            entry.failed(now(), describe(e), next);
            LOG.log(Level.WARNING, e, () -> "Outbox entry " + entry.getId() + " (" + entry.getEventType()
                    + ") failed on attempt " + entry.getAttempts() + "; next attempt " + next);
            return Outcome.FAILED;
        }
        entry.delivered(now());
        return Outcome.DELIVERED;
    }

    /** 30 s after the first failure, doubling each time, at most an hour: a broken observer is not hammered. */
    static Duration wait(int failedAttempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }

    /** The innermost cause names what failed; the container's wrappers around it say nothing. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }
}
