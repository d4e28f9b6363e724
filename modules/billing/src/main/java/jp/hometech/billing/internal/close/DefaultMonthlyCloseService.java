package jp.hometech.billing.internal.close;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.api.CloseView;
import jp.hometech.billing.api.MonthlyCloseService;
import jp.hometech.billing.api.StatementSummaryView;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.BillingSettings;
import jp.hometech.billing.internal.adjustment.Adjustment;
import jp.hometech.billing.internal.fees.FeeSchedule;
import jp.hometech.billing.internal.rules.Payday;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.scheduling.api.ClosedMonths;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

@Stateless
public class DefaultMonthlyCloseService implements MonthlyCloseService {

    /** A RUNNING close whose node died (no finish for this long) may be started again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    BillingSettings settings;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<CloseKickoff.CloseStarted> closeStarted;

    @EJB
    ClosedMonths closedMonths;

    @Override
    public CloseView close(YearMonth month) {
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1));
        return close == null ? notStarted(month) : view(close);
    }

    @Override
    public List<CloseView> recent(int limit) {
        return em.createQuery("select c from MonthlyClose c order by c.month desc", MonthlyClose.class)
                .setMaxResults(limit).getResultStream().map(DefaultMonthlyCloseService::view).toList();
    }

    @Override
    public CloseView start(YearMonth month, Actor actor) {
        if (!month.isBefore(clock.thisMonth())) {
            throw new BusinessException("billing.close.monthNotOver", month.toString());
        }
        LocalDate payday = new Payday(JapaneseCalendar.standard(), settings.paydayMonthsAfter()).of(month);
        // The row is the lease: whoever holds its lock decides, on any node; the loser sees RUNNING.
        em.createNativeQuery("""
                        insert into billing.monthly_close (month, status, started_by, started_at)
                        values (?1, 'DRAFT', ?2, ?3) on conflict do nothing""")
                .setParameter(1, month.atDay(1)).setParameter(2, actor.username()).setParameter(3, clock.now()).executeUpdate();
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        if (close.getStatus() == CloseStatus.CONFIRMED) {
            throw new BusinessException("billing.close.alreadyConfirmed", month.toString());
        }
        if (close.getStatus() == CloseStatus.RUNNING
                && close.getStartedAt().plus(ABANDONED_AFTER).isAfter(clock.now())) {
            throw new BusinessException("billing.close.alreadyRunning", month.toString(), close.getStartedBy());
        }
        close.start(actor.username(), clock.now(), payday);
        auditLog.record(actor, Billing.MODULE, "CLOSE_STARTED", "close#" + month, "payday=" + payday);
        closeStarted.fire(new CloseKickoff.CloseStarted(month, payday));
        return view(close);
    }

    @Override
    public CloseView confirm(YearMonth month, long expectedVersion, Actor actor) {
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        if (close == null || close.getStatus() != CloseStatus.DRAFT) {
            throw new BusinessException("billing.close.noDraft", month.toString());
        }
        if (close.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        List<Long> schedules = em.createQuery("""
                        select distinct l.scheduleId from StatementLineRecord l
                        where l.statement.month = :m and l.scheduleId is not null""", Long.class)
                .setParameter("m", month.atDay(1)).getResultList();
        schedules.forEach(id -> em.find(FeeSchedule.class, id, LockModeType.PESSIMISTIC_WRITE).lock());
        List<Long> adjustments = em.createQuery("""
                        select l.adjustmentId from StatementLineRecord l
                        where l.statement.month = :m and l.adjustmentId is not null""", Long.class)
                .setParameter("m", month.atDay(1)).getResultList();
        adjustments.forEach(id -> em.find(Adjustment.class, id, LockModeType.PESSIMISTIC_WRITE).settleIn(month));
        // From here on scheduling refuses work records of the month: in this transaction, so both or neither.
        closedMonths.close(month, actor);
        close.confirm(actor.username(), clock.now());
        em.flush();
        auditLog.record(actor, Billing.MODULE, "CLOSE_CONFIRMED", "close#" + month,
                "statements=" + close.getContractors() + ", total=" + close.getTotalYen() + ", payday=" + close.getPayday());
        return view(close);
    }

    private static final java.util.Map<String, String> STATEMENT_ORDER = java.util.Map.of(
            "accountId", "s.accountId", "contractorName", "s.payeeName", "calls", "s.calls", "totalYen", "s.totalYen");

    static {
        STATEMENT_SORT.requireAll(STATEMENT_ORDER.keySet());
    }

    @Override
    public RowCount countStatements(YearMonth month) {
        return RowCount.of(em.createQuery("select s.id from Statement s where s.month = :m", Long.class)
                .setParameter("m", month.atDay(1)));
    }

    @Override
    public List<StatementSummaryView> statements(YearMonth month, PageRequest request) {
        PageRequest page = STATEMENT_SORT.resolve(request);
        String direction = page.ascending() ? " asc" : " desc";
        List<Object[]> rows = em.createQuery("""
                        select s, p.totalYen from Statement s
                        left join Statement p on p.accountId = s.accountId and p.month = :previous
                        where s.month = :m""" + " order by " + STATEMENT_ORDER.get(page.sortField()) + direction + ", s.id",
                        Object[].class)
                .setParameter("m", month.atDay(1)).setParameter("previous", month.minusMonths(1).atDay(1))
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return rows.stream().map(r -> {
            Statement s = (Statement) r[0];
            return new StatementSummaryView(s.getId(), s.getAccountId(), s.getPayeeName(), s.getMonth(), s.getPayday(),
                    s.getCalls(), s.getMinutes(), s.getSubtotalYen(), s.getTaxYen(), s.getTotalYen(), (Long) r[1]);
        }).toList();
    }

    static CloseView view(MonthlyClose c) {
        return new CloseView(c.getMonth(), c.getStatus().name(), c.getPayday(), c.getContractors(), c.getProcessed(),
                c.getTotalYen(), c.getError(), c.getStartedBy(), c.getStartedAt(), c.getFinishedAt(), c.getConfirmedBy(),
                c.getConfirmedAt(), c.getVersion());
    }

    private static CloseView notStarted(YearMonth month) {
        return new CloseView(month, "NOT_STARTED", null, 0, 0, 0, null, null, null, null, null, null, 0);
    }
}
