package jp.hometech.training.internal.candidate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.training.api.AwaitingCandidateService;
import jp.hometech.training.api.AwaitingCandidateView;
import jp.hometech.training.api.EnrolmentService;
import jp.hometech.training.api.EnrolmentView;
import jp.hometech.training.api.NewEnrolment;
import jp.hometech.training.internal.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import static jp.hometech.training.internal.Texts.MODULE;

@Stateless
public class DefaultAwaitingCandidateService implements AwaitingCandidateService {

    private static final String AWAITING = " from AwaitingCandidate a where not exists "
            + "(select e.id from Enrolment e where e.candidateId = a.candidateId)";
    private static final Map<String, String> SORTABLE = Map.of(
            "passedAt", "a.passedAt",
            "displayName", "a.displayName");

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @EJB
    EnrolmentService enrolments;

    @EJB
    ApplicantQueryService applicants;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Page<AwaitingCandidateView> searchAwaiting(PageRequest page) {
        long total = em.createQuery("select count(a)" + AWAITING, Long.class).getSingleResult();
        String sortBy = SORTABLE.getOrDefault(page.sortField() == null ? "passedAt" : page.sortField(), "a.passedAt");
        return new Page<>(em.createQuery("select a" + AWAITING + " order by " + sortBy
                                + (page.ascending() ? " asc" : " desc") + ", a.candidateId", AwaitingCandidate.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(AwaitingCandidate::toView).toList(), total);
    }

    @Override
    public Optional<AwaitingCandidateView> find(long candidateId) {
        return Optional.ofNullable(em.find(AwaitingCandidate.class, candidateId)).map(AwaitingCandidate::toView);
    }

    @Override
    public AwaitingCandidateView recordPassed(long candidateId, String displayName, Long accountId, Actor actor) {
        if (candidateId <= 0) {
            throw new BusinessException("training.enrolment.candidateRequired");
        }
        String name = Texts.required(displayName, 100, "training.enrolment.displayNameRequired");
        Long account = accountId != null ? accountId
                : applicants.detail(candidateId).map(ApplicantDetail::getPortalAccountId).orElse(null);
        // The primary key makes a second delivery of the same pass a no-op, also when two arrive at once.
        // A null parameter would be bound without a type, which PostgreSQL refuses for a bigint column.
        int inserted = em.createNativeQuery("insert into training.awaiting_candidate "
                        + "(candidate_id, display_name, account_id, passed_at) values (?1, ?2, "
                        + (account == null ? "null" : Long.toString(account)) + ", ?4) "
                        + "on conflict (candidate_id) do nothing")
                .setParameter(1, candidateId).setParameter(2, name)
                .setParameter(4, now())
                .executeUpdate();
        if (inserted == 1) {
            auditLog.record(actor, MODULE, "CANDIDATE_AWAITING_ENROLMENT", "candidate " + candidateId,
                    account == null ? "no portal account" : "account#" + account);
        }
        return find(candidateId).orElseThrow();
    }

    @Override
    public EnrolmentView enrol(long candidateId, long cohortId, Actor actor) {
        AwaitingCandidate candidate = em.find(AwaitingCandidate.class, candidateId, LockModeType.PESSIMISTIC_WRITE);
        if (candidate == null) {
            throw new BusinessException("training.awaiting.notFound", candidateId);
        }
        if (candidate.getAccountId() == null) {
            throw new BusinessException("training.awaiting.noPortalAccount", candidate.getDisplayName());
        }
        return enrolments.enrol(new NewEnrolment(cohortId, candidateId, candidate.getDisplayName(),
                candidate.getAccountId()), actor);
    }

    @Override
    public void remove(long candidateId, Actor actor) {
        int removed = em.createQuery("delete from AwaitingCandidate a where a.candidateId = :id")
                .setParameter("id", candidateId).executeUpdate();
        if (removed > 0) {
            auditLog.record(actor, MODULE, "CANDIDATE_NO_LONGER_AWAITING", "candidate " + candidateId, null);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
