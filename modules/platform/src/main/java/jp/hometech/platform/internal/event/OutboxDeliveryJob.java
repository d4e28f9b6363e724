package jp.hometech.platform.internal.event;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.event.OutboxAdministration;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Drains the outbox every few seconds on every node. Several nodes are safe: each entry is taken under a row
 * lock with SKIP LOCKED (see {@link OutboxDelivery}), so an entry is delivered by one node at a time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDeliveryJob {

    /** Delivered entries are kept this long for ADMIN to look at, then removed. */
    static final Duration KEEP_DELIVERED = Duration.ofDays(30);

    private static final Logger LOG = Logger.getLogger(OutboxDeliveryJob.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    OutboxAdministration outbox;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        // A round that runs longer than the interval is not joined by a second one on the same node.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int delivered = outbox.deliverDue();
            if (delivered > 0) {
                LOG.fine(() -> delivered + " outbox entries delivered");
            }
        } finally {
            running.set(false);
        }
    }

    @Schedule(hour = "*", minute = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void removeOldDelivered() {
        int removed = em.createQuery("delete from OutboxEntry e where e.deliveredAt < :before")
                .setParameter("before", clock.now().minus(KEEP_DELIVERED)).executeUpdate();
        if (removed > 0) {
            LOG.info(() -> removed + " delivered outbox entries older than " + KEEP_DELIVERED.toDays() + " days removed");
        }
    }
}
