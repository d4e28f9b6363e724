package jp.hometech.billing.internal.adjustment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.api.AdjustmentService;
import jp.hometech.billing.api.AdjustmentStatus;
import jp.hometech.billing.api.AdjustmentView;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.close.CloseStatus;
import jp.hometech.billing.internal.close.MonthlyClose;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.YearMonth;
import java.util.List;

@Stateless
public class DefaultAdjustmentService implements AdjustmentService {

    static final long MAX_AMOUNT_YEN = 10_000_000;

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    BusinessClock clock;

    @Override
    public AdjustmentView request(long contractorAccountId, YearMonth corrects, long amountYen, String reason, Actor actor) {
        if (corrects == null) {
            throw new BusinessException("billing.adjustment.monthRequired");
        }
        MonthlyClose close = em.find(MonthlyClose.class, corrects.atDay(1));
        if (close == null || close.getStatus() != CloseStatus.CONFIRMED) {
            throw new BusinessException("billing.adjustment.monthNotClosed", corrects.toString());
        }
        if (amountYen == 0 || Math.abs(amountYen) > MAX_AMOUNT_YEN) {
            throw new BusinessException("billing.adjustment.amountRange", MAX_AMOUNT_YEN);
        }
        long statements = em.createQuery("select count(s) from Statement s where s.month = :m and s.accountId = :a", Long.class)
                .setParameter("m", corrects.atDay(1)).setParameter("a", contractorAccountId).getSingleResult();
        if (statements == 0) {
            throw new BusinessException("billing.adjustment.noStatement", corrects.toString());
        }
        String text = Billing.requiredText(reason, 300, "billing.adjustment.reasonRequired", "billing.adjustment.reasonTooLong");
        Adjustment adjustment = new Adjustment(contractorAccountId, corrects, amountYen, text, actor.username(), clock.now());
        em.persist(adjustment);
        em.flush();
        auditLog.record(actor, Billing.MODULE, "ADJUSTMENT_REQUESTED", "adjustment#" + adjustment.getId(),
                "account=" + contractorAccountId + ", corrects=" + corrects + ", amount=" + amountYen);
        return view(adjustment);
    }

    @Override
    public AdjustmentView decide(long adjustmentId, long expectedVersion, boolean approve, Actor actor) {
        Adjustment adjustment = em.find(Adjustment.class, adjustmentId, LockModeType.PESSIMISTIC_WRITE);
        if (adjustment == null) {
            throw new BusinessException("billing.adjustment.notFound");
        }
        if (adjustment.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (adjustment.getStatus() != AdjustmentStatus.REQUESTED) {
            throw new BusinessException("billing.adjustment.alreadyDecided");
        }
        if (adjustment.getRequestedBy().equals(actor.username())) {
            throw new BusinessException("billing.adjustment.secondPerson");
        }
        adjustment.decide(approve, actor.username(), clock.now());
        em.flush();
        auditLog.record(actor, Billing.MODULE, approve ? "ADJUSTMENT_APPROVED" : "ADJUSTMENT_REJECTED",
                "adjustment#" + adjustmentId, "amount=" + adjustment.getAmountYen());
        return view(adjustment);
    }

    @Override
    public List<AdjustmentView> recent(int limit) {
        return em.createQuery("select a from Adjustment a order by a.id desc", Adjustment.class).setMaxResults(limit)
                .getResultStream().map(DefaultAdjustmentService::view).toList();
    }

    static AdjustmentView view(Adjustment a) {
        return new AdjustmentView(a.getId(), a.getAccountId(), a.getCorrectsMonth(), a.getAmountYen(), a.getReason(),
                a.getStatus(), a.getRequestedBy(), a.getRequestedAt(), a.getDecidedBy(), a.getSettledMonth(), a.getVersion());
    }
}
