package jp.hometech.billing.internal.close;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jp.hometech.scheduling.api.WorkRecordsChanged;

import java.time.YearMonth;

/** A re-import into a month whose close is a draft reprices those contractors, after the import committed. */
@Stateless
public class WorkRecordsChangedObserver {

    @EJB
    CloseSteps steps;

    public void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkRecordsChanged changed) {
        for (YearMonth month : changed.getMonths()) {
            steps.reprice(month, changed.getContractorAccountIds());
        }
    }
}
