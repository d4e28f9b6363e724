package jp.hometech.platform.api.event;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;

import java.util.Optional;

/** What ADMIN sees and does with the outbox, and the delivery round the job runs. */
public interface OutboxAdministration {

    /** Entries newest first, paged in SQL; sort fields: createdAt (default), nextAttemptAt, attempts, eventType. */
    Page<OutboxEntryView> search(OutboxQuery query, PageRequest page);

    Optional<OutboxEntryView> find(long id);

    /** Entries not delivered yet (pending and failed): what the console's admin page warns about. */
    long countUndelivered();

    /** Makes a failed entry due now instead of at its next attempt; audited. Delivered entries are left alone. */
    void retryNow(long id, Actor actor);

    /**
     * One delivery round: delivers every due entry, each in a transaction of its own, skipping entries another
     * node is delivering at this moment. Returns how many were delivered.
     */
    int deliverDue();
}
