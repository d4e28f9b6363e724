package jp.hometech.platform.internal.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.audit.AuditEntryView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Stateless
public class DefaultAuditLog implements AuditLog {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Override
    public void record(Actor actor, String module, String action, String subject, String detail) {
        em.persist(new AuditRecord(clock.now().truncatedTo(ChronoUnit.MICROS), clip(actor.username(), 64),
                clip(actor.remoteAddress(), 64), clip(module, 32), clip(action, 64), clip(subject, 200), clip(detail, 2000)));
    }

    @Override
    public RowCount count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<AuditRecord> root = ids.from(AuditRecord.class);
        ids.select(root.get("id")).where(filters(cb, root, query));
        return RowCount.of(em.createQuery(ids));
    }

    @Override
    public List<AuditEntryView> search(AuditQuery query, PageRequest request) {
        PageRequest page = SORT.resolve(request);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> select = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> root = select.from(AuditRecord.class);
        select.where(filters(cb, root, query)).orderBy(
                page.ascending() ? cb.asc(root.get(page.sortField())) : cb.desc(root.get(page.sortField())),
                page.ascending() ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        return em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(AuditRecord::toView).toList();
    }

    @Override
    public int pseudonymize(String identifier, String pseudonym) {
        int actors = em.createQuery("update AuditRecord r set r.actor = :pseudonym where r.actor = :identifier")
                .setParameter("pseudonym", pseudonym).setParameter("identifier", identifier).executeUpdate();
        int subjects = em.createQuery("update AuditRecord r set r.subject = :pseudonym where r.subject = :identifier")
                .setParameter("pseudonym", pseudonym).setParameter("identifier", identifier).executeUpdate();
        return actors + subjects;
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditRecord> root, AuditQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        if (present(query.actor())) {
            predicates.add(cb.like(cb.lower(root.get("actor")), likePattern(query.actor()), '\\'));
        }
        if (present(query.module())) {
            predicates.add(cb.equal(root.get("module"), query.module().strip()));
        }
        if (present(query.action())) {
            predicates.add(cb.equal(root.get("action"), query.action().strip()));
        }
        if (present(query.text())) {
            String like = likePattern(query.text());
            predicates.add(cb.or(cb.like(cb.lower(root.get("subject")), like, '\\'),
                    cb.like(cb.lower(root.get("detail")), like, '\\')));
        }
        if (query.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
        }
        if (query.toExclusive() != null) {
            predicates.add(cb.lessThan(root.get("occurredAt"), query.toExclusive()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likePattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
