package jp.hometech.training.internal.candidate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.event.ApplicantPassedInterview;
import jp.hometech.training.api.AwaitingCandidateService;

import java.util.Optional;

/**
 * Takes recruitment's interview passes in as candidates awaiting enrolment. Delivered by the platform's outbox
 * after the pass committed, inside the delivery's transaction: a failure here rolls back and is retried.
 */
@Stateless
public class InterviewPassObserver {

    @EJB
    AwaitingCandidateService awaiting;

    @EJB
    ApplicantQueryService applicants;

    public void onPassed(@Observes ApplicantPassedInterview passed) {
        Optional<ApplicantDetail> applicant = applicants.detail(passed.applicantId());
        // A pass delivered late (retried, or after the withdrawal's event) must not bring back one who left.
        if (applicant.isEmpty() || !(applicant.get().getStatus() == ApplicantStatus.PASSED
                || applicant.get().getStatus() == ApplicantStatus.CONTRACTED)) {
            return;
        }
        awaiting.recordPassed(passed.applicantId(), applicant.get().getNameKanji(), passed.applicantAccountId(),
                Actor.system());
    }
}
