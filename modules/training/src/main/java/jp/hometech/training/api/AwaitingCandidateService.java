package jp.hometech.training.api;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;

import java.util.Optional;

/**
 * Those who passed the interview (recruitment's ApplicantPassedInterview) and wait for a cohort. The module
 * records them itself; a trainer enrols them into an announced cohort with room (T1, T3).
 */
public interface AwaitingCandidateService {

    /** Candidates without any enrolment, paged in SQL; sort fields: passedAt (default), displayName. */
    Page<AwaitingCandidateView> searchAwaiting(PageRequest page);

    /** The recorded candidate, whether still awaiting or already enrolled. */
    Optional<AwaitingCandidateView> find(long candidateId);

    /**
     * Records a candidate as awaiting enrolment; recording the same candidate again changes nothing. The account
     * id (of the portal login) is looked up in recruitment when null.
     */
    AwaitingCandidateView recordPassed(long candidateId, String displayName, Long accountId, Actor actor);

    /** The candidate no longer awaits enrolment (they withdrew, or their data was erased); unknown ids are ignored. */
    void remove(long candidateId, Actor actor);

    /** Enrols an awaiting candidate with the name and account recorded for them. */
    EnrolmentView enrol(long candidateId, long cohortId, Actor actor);
}
