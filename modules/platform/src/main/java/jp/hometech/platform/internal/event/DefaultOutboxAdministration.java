package jp.hometech.platform.internal.event;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.event.OutboxAdministration;
import jp.hometech.platform.api.event.OutboxEntryView;
import jp.hometech.platform.api.event.OutboxQuery;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultOutboxAdministration implements OutboxAdministration {

    /** Bounds one round, so a flood of events cannot keep a timer thread forever; the next round goes on. */
    static final int MAX_PER_ROUND = 500;

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "e.createdAt",
            "nextAttemptAt", "e.nextAttemptAt",
            "attempts", "e.attempts",
            "eventType", "e.eventType");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog auditLog;

    @EJB
    OutboxDelivery delivery;

    @Override
    public Page<OutboxEntryView> search(OutboxQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" from OutboxEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.status() != null) {
            where.append(switch (query.status()) {
                case PENDING -> " and e.deliveredAt is null and e.attempts = 0";
                case FAILED -> " and e.deliveredAt is null and e.attempts > 0";
                case DELIVERED -> " and e.deliveredAt is not null";
            });
        }
        if (query.module() != null && !query.module().isBlank()) {
            where.append(" and e.module = :module");
            parameters.put("module", query.module().strip());
        }
        if (query.eventType() != null && !query.eventType().isBlank()) {
            String type = query.eventType().strip();
            where.append(type.contains(".") ? " and e.eventType = :type" : " and e.eventType like :type");
            parameters.put("type", type.contains(".") ? type : "%." + type);
        }
        if (query.payloadText() != null && !query.payloadText().isBlank()) {
            where.append(" and e.payload like :text escape '\\'");
            parameters.put("text", "%" + query.payloadText().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
        parameters.forEach(count::setParameter);
        String sort = SORTABLE.getOrDefault(page.sortField() == null ? "createdAt" : page.sortField(), "e.createdAt");
        boolean ascending = page.sortField() != null && SORTABLE.containsKey(page.sortField()) && page.ascending();
        String direction = ascending ? " asc" : " desc";
        TypedQuery<OutboxEntry> rows = em.createQuery("select e" + where + " order by " + sort + direction
                + ", e.id" + direction, OutboxEntry.class);
        parameters.forEach(rows::setParameter);
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(OutboxEntry::toView).toList(), count.getSingleResult());
    }

    @Override
    public Optional<OutboxEntryView> find(long id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id)).map(OutboxEntry::toView);
    }

    @Override
    public long countUndelivered() {
        return em.createQuery("select count(e) from OutboxEntry e where e.deliveredAt is null", Long.class)
                .getSingleResult();
    }

    @Override
    public void retryNow(long id, Actor actor) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (entry == null || entry.getDeliveredAt() != null) {
            return;
        }
        entry.dueAt(clock.now().truncatedTo(ChronoUnit.MICROS));
        auditLog.record(actor, "platform", "OUTBOX_RETRY_NOW", "outbox#" + id, entry.getEventType());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        int delivered = 0;
        for (int i = 0; i < MAX_PER_ROUND; i++) {
            OutboxDelivery.Outcome outcome = delivery.deliverNext();
            if (outcome == OutboxDelivery.Outcome.NOTHING_DUE) {
                break;
            }
            if (outcome == OutboxDelivery.Outcome.DELIVERED) {
                delivered++;
            }
        }
        return delivered;
    }
}
