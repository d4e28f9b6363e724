package jp.hometech.billing.internal.close;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.hometech.platform.api.BusinessException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Computes a close's draft in the background, chunk by chunk, on the node that won the close's row lock. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CloseRunner {

    private static final Logger LOG = Logger.getLogger(CloseRunner.class.getName());

    @EJB
    CloseSteps steps;

    @Asynchronous
    public void run(YearMonth month, LocalDate payday) {
        try {
            List<ContractorMonths.Input> inputs = steps.begin(month);
            for (int from = 0; from < inputs.size(); from += CloseSteps.CHUNK) {
                steps.price(month, payday, inputs.subList(from, Math.min(inputs.size(), from + CloseSteps.CHUNK)), from);
            }
            steps.finish(month);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof BusinessException)) {
                cause = cause.getCause();
            }
            String error = cause instanceof BusinessException business
                    ? business.messageKey() + " " + java.util.Arrays.toString(business.arguments())
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            LOG.log(Level.WARNING, "The close of " + month + " failed: " + error, e);
            steps.fail(month, error);
        }
    }
}
