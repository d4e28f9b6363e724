package jp.hometech.scheduling.internal.work;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.scheduling.api.ClosedMonths;
import jp.hometech.scheduling.internal.Scheduling;

import java.time.YearMonth;
import java.util.List;

@Stateless
public class DefaultClosedMonths implements ClosedMonths {

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Inject
    BusinessClock clock;

    @EJB
    AuditLog auditLog;

    @Override
    public void close(YearMonth month, Actor actor) {
        // "on conflict do nothing": two billing nodes closing the same month at once both succeed, one row stays.
        int inserted = em.createNativeQuery("""
                        insert into scheduling.closed_month (month, closed_at, closed_by) values (?1, ?2, ?3)
                        on conflict (month) do nothing""")
                .setParameter(1, month.atDay(1)).setParameter(2, java.sql.Timestamp.from(clock.now()))
                .setParameter(3, actor.username()).executeUpdate();
        if (inserted > 0) {
            auditLog.record(actor, Scheduling.MODULE, "month.closed", "month " + month, "work records of " + month + " are final");
        }
    }

    @Override
    public boolean isClosed(YearMonth month) {
        return em.find(ClosedMonth.class, month.atDay(1)) != null;
    }

    @Override
    public List<YearMonth> closed() {
        return em.createQuery("select c.month from ClosedMonth c order by c.month", java.time.LocalDate.class)
                .getResultStream().map(YearMonth::from).toList();
    }
}
