package jp.hometech.systemtests.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jp.hometech.recruitment.api.event.ApplicantPassedInterview;
import jp.hometech.recruitment.api.event.ApplicantWithdrawn;
import jp.hometech.recruitment.api.event.ContractConcluded;
import jp.hometech.recruitment.api.event.ContractEnded;
import jp.hometech.recruitment.api.event.ContractResumed;
import jp.hometech.recruitment.api.event.ContractSuspended;
import jp.hometech.recruitment.api.event.PersonalDataErased;
import jp.hometech.training.api.event.CallTrainingCompleted;
import jp.hometech.training.api.event.CallTrainingStarted;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * A test-only observer of every cross-module event, in the EAR the system tests deploy (Deployments), never in
 * the production EAR. It remembers each delivery whose transaction committed, and fails the first delivery of
 * an event a test names, as a broken observer of another module would.
 */
@ApplicationScoped
public class RecordingObserver {

    public static final String FAILURE = "the test observer fails the first time";

    private static final Queue<Object> COMMITTED = new ConcurrentLinkedQueue<>();
    private static final Queue<Predicate<Object>> FAIL_ONCE = new ConcurrentLinkedQueue<>();

    /** The next delivery of an event that matches fails (once); later deliveries go through. */
    public static void failOnce(Predicate<Object> which) {
        FAIL_ONCE.add(which);
    }

    /** Deliveries whose transaction committed, of events of this type that match. */
    public static <T> List<T> delivered(Class<T> type, Predicate<T> which) {
        return COMMITTED.stream().filter(type::isInstance).map(type::cast).filter(which).toList();
    }

    void passed(@Observes ApplicantPassedInterview event) { seen(event); }
    void withdrawn(@Observes ApplicantWithdrawn event) { seen(event); }
    void erased(@Observes PersonalDataErased event) { seen(event); }
    void concluded(@Observes ContractConcluded event) { seen(event); }
    void suspended(@Observes ContractSuspended event) { seen(event); }
    void resumed(@Observes ContractResumed event) { seen(event); }
    void ended(@Observes ContractEnded event) { seen(event); }
    void callTrainingStarted(@Observes CallTrainingStarted event) { seen(event); }
    void callTrainingCompleted(@Observes CallTrainingCompleted event) { seen(event); }

    private static void seen(Object event) {
        for (Predicate<Object> failing : FAIL_ONCE) {
            if (failing.test(event) && FAIL_ONCE.remove(failing)) {
                throw new IllegalStateException(FAILURE + ": " + event);
            }
        }
        registry().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    COMMITTED.add(event);
                }
            }
        });
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
