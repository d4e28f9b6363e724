package jp.hometech.training.internal.candidate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.event.ApplicantWithdrawn;
import jp.hometech.recruitment.api.event.PersonalDataErased;
import jp.hometech.training.api.AwaitingCandidateService;
import jp.hometech.training.api.EnrolmentStatus;

import static jp.hometech.training.internal.Texts.MODULE;

/**
 * Recruitment's applicant left: withdrawn, or their personal data erased after the retention period. Delivered by
 * the platform's outbox inside the delivery's transaction; every step is idempotent (a second delivery finds
 * nothing left to change).
 */
@Stateless
public class ApplicantLeftObserver {

    /** What an erased trainee's name becomes; the schema allows an enrolment without account only with it. */
    public static final String ERASED_NAME = "(erased)";

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @EJB
    AwaitingCandidateService awaiting;

    @Inject
    AuditLog auditLog;

    /** The candidate no longer awaits a cohort, and an enrolment still in training ends as WITHDRAWN. */
    public void onWithdrawn(@Observes ApplicantWithdrawn withdrawn) {
        awaiting.remove(withdrawn.applicantId(), Actor.system());
        int ended = em.createQuery("update Enrolment e set e.status = :withdrawn, e.version = e.version + 1 "
                        + "where e.candidateId = :id and e.status in :active")
                .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN).setParameter("id", withdrawn.applicantId())
                .setParameter("active", EnrolmentStatus.active()).executeUpdate();
        if (ended > 0) {
            auditLog.record(Actor.system(), MODULE, "TRAINEE_WITHDRAWN", "candidate " + withdrawn.applicantId(), null);
        }
    }

    /**
     * Erased like recruitment erases: what says who the person was goes (the awaiting entry, the environment
     * check with their phone number and home), and what the cohorts need to stay consistent (seats, attendance,
     * transfers) stays under a pseudonym without account.
     */
    public void onErased(@Observes PersonalDataErased erased) {
        long candidateId = erased.applicantId();
        awaiting.remove(candidateId, Actor.system());
        int checks = em.createQuery("delete from EnvironmentCheck c where c.candidateId = :id")
                .setParameter("id", candidateId).executeUpdate();
        int enrolments = em.createQuery("update Enrolment e set e.displayName = :erased, e.accountId = null, "
                        + "e.version = e.version + 1 where e.candidateId = :id and e.accountId is not null")
                .setParameter("erased", ERASED_NAME).setParameter("id", candidateId).executeUpdate();
        if (checks + enrolments > 0) {
            auditLog.record(Actor.system(), MODULE, "PERSONAL_DATA_ERASED", "candidate " + candidateId,
                    enrolments + " enrolment(s) pseudonymized, " + checks + " environment check(s) deleted");
        }
    }
}
