package jp.hometech.training.internal.candidate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ApplicantPassedInterview;
import jp.hometech.training.api.AwaitingCandidateService;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes recruitment's interview passes in as candidates awaiting enrolment. Runs only once the pass is
 * committed; the recruitment transaction is over by then, so the record gets a transaction of its own.
 */
@Stateless
public class InterviewPassObserver {

    private static final Logger LOG = Logger.getLogger(InterviewPassObserver.class.getName());

    @EJB
    AwaitingCandidateService awaiting;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onPassed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicantPassedInterview passed) {
        try {
            awaiting.recordPassed(passed.applicantId(), passed.name(), null, Actor.system());
        } catch (RuntimeException e) {
            // The pass itself is committed; a trainer can still find the applicant in recruitment.
            LOG.log(Level.SEVERE, "Could not record candidate " + passed.applicantId() + " as awaiting enrolment", e);
            throw e;
        }
    }
}
