package jp.hometech.billing.internal.close;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Starts the background run only once the starter's transaction has committed: a month's first close inserts
 * its row, which another transaction cannot see (nor wait for) before that commit.
 */
@ApplicationScoped
public class CloseKickoff {

    /** Fired by {@link DefaultMonthlyCloseService#start} inside the starter's transaction. */
    public record CloseStarted(YearMonth month, LocalDate payday) {
    }

    @EJB
    CloseRunner runner;

    void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CloseStarted started) {
        runner.run(started.month(), started.payday());
    }
}
