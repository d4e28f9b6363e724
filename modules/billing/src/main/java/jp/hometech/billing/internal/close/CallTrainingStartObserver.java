package jp.hometech.billing.internal.close;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.internal.Billing;
import jp.hometech.training.api.event.CallTrainingStarted;

/**
 * T4, B1: remembers from which day a contractor's work is paid. Delivered by the platform's outbox inside its
 * delivery transaction (retried on failure), so a start is never lost; idempotent for a redelivery.
 */
@Stateless
public class CallTrainingStartObserver {

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    public void onStarted(@Observes CallTrainingStarted started) {
        em.createNativeQuery("insert into billing.fee_start (account_id, first_day) values (?1, ?2) on conflict do nothing")
                .setParameter(1, started.accountId()).setParameter(2, started.date()).executeUpdate();
        em.find(FeeStart.class, started.accountId(), LockModeType.PESSIMISTIC_WRITE).earliest(started.date());
    }
}
