package jp.hometech.training.internal.environment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.EnvironmentCheckService;
import jp.hometech.training.api.EnvironmentCheckStatus;
import jp.hometech.training.api.EnvironmentCheckView;
import jp.hometech.training.api.EnvironmentFinding;
import jp.hometech.training.api.EnvironmentRequirementsNotMetException;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.LineServiceView;
import jp.hometech.training.api.PcOsView;
import jp.hometech.training.api.PcRequirementView;
import jp.hometech.training.internal.Texts;
import jp.hometech.training.internal.calendar.TrainingCalendar;
import jp.hometech.training.internal.cohort.Cohort;
import jp.hometech.training.internal.cohort.CohortDay;
import jp.hometech.training.internal.cohort.CohortReads;
import jp.hometech.training.internal.enrolment.Enrolment;
import jp.hometech.training.internal.phone.FixedLineNumberRule;
import jp.hometech.training.internal.phone.PhoneNumberCheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jp.hometech.training.internal.Texts.MODULE;

@Stateless
public class DefaultEnvironmentCheckService implements EnvironmentCheckService {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    private final TrainingCalendar calendar = TrainingCalendar.standard();
    private final FixedLineNumberRule phoneRule = new FixedLineNumberRule();
    private final EnvironmentRules rules = new EnvironmentRules(phoneRule);
    private final Clock clock = Clock.systemUTC();

    @Override
    public EnvironmentCheckView submit(long accountId, EnvironmentSelfCheck selfCheck, Actor actor) {
        if (selfCheck == null) {
            throw new BusinessException("training.environment.answersRequired");
        }
        Enrolment enrolment = activeEnrolment(accountId)
                .orElseThrow(() -> new BusinessException("training.environment.noActiveEnrolment"));
        List<EnvironmentFinding> findings = rules.evaluate(selfCheck, reference(enrolment));
        if (EnvironmentRules.anyRefused(findings)) {
            throw new EnvironmentRequirementsNotMetException(
                    findings.stream().filter(EnvironmentFinding::isRefused).toList());
        }
        PhoneNumberCheck phone = phoneRule.check(selfCheck.phoneNumber());
        EnvironmentCheck check = checkOf(enrolment.getCandidateId()).orElseGet(() -> new EnvironmentCheck(enrolment.getCandidateId()));
        boolean resubmission = check.getId() != null;
        check.submitted(accountId, selfCheck, phone.nationalDigits(), now());
        if (!resubmission) {
            em.persist(check);
        }
        em.flush();
        auditLog.record(actor, MODULE, resubmission ? "ENVIRONMENT_RESUBMITTED" : "ENVIRONMENT_SUBMITTED",
                "candidate " + check.getCandidateId(), "environment check " + check.getId());
        return view(check, findings);
    }

    @Override
    public Optional<EnvironmentCheckView> findByAccount(long accountId) {
        return em.createQuery("select c from EnvironmentCheck c where c.accountId = :accountId", EnvironmentCheck.class)
                .setParameter("accountId", accountId).getResultStream().findFirst()
                .map(this::viewWithAdvice);
    }

    @Override
    public Optional<EnvironmentCheckView> findByCandidate(long candidateId) {
        return checkOf(candidateId).map(this::viewWithAdvice);
    }

    @Override
    public Page<EnvironmentCheckView> search(EnvironmentCheckStatus status, PageRequest page) {
        String where = status == null ? "" : " where c.status = :status";
        var count = em.createQuery("select count(c) from EnvironmentCheck c" + where, Long.class);
        var ids = em.createQuery("select c.id from EnvironmentCheck c" + where
                + " order by c.submittedAt " + (page.ascending() ? "asc" : "desc") + ", c.id", Long.class);
        if (status != null) {
            count.setParameter("status", status);
            ids.setParameter("status", status);
        }
        long total = count.getSingleResult();
        List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        // Second query fetches the page's checks with their line services in one go (no query per row).
        Map<Long, EnvironmentCheck> byId = em.createQuery("select distinct c from EnvironmentCheck c "
                        + "left join fetch c.lineServiceCodes where c.id in :ids", EnvironmentCheck.class)
                .setParameter("ids", pageIds).getResultStream()
                .collect(Collectors.toMap(EnvironmentCheck::getId, Function.identity()));
        return new Page<>(pageIds.stream().map(byId::get).map(check -> view(check, List.of())).toList(), total);
    }

    @Override
    public EnvironmentCheckView verify(long checkId, long expectedVersion, Actor actor) {
        EnvironmentCheck check = forEdit(checkId, expectedVersion);
        if (check.getStatus() != EnvironmentCheckStatus.SUBMITTED) {
            throw new BusinessException("training.environment.notAwaitingDecision", check.getStatus().name());
        }
        check.decided(EnvironmentCheckStatus.VERIFIED, actor.username(), now(), null);
        em.flush();
        auditLog.record(actor, MODULE, "ENVIRONMENT_VERIFIED", "candidate " + check.getCandidateId(),
                "environment check " + check.getId());
        return viewWithAdvice(check);
    }

    @Override
    public EnvironmentCheckView refuse(long checkId, long expectedVersion, String reason, Actor actor) {
        String stripped = Texts.required(reason, 1000, "training.environment.refusalReasonRequired");
        EnvironmentCheck check = forEdit(checkId, expectedVersion);
        if (check.getStatus() == EnvironmentCheckStatus.REFUSED) {
            throw new BusinessException("training.environment.notAwaitingDecision", check.getStatus().name());
        }
        // A verified check may be refused later, e.g. when staff find a prohibited service on the line.
        check.decided(EnvironmentCheckStatus.REFUSED, actor.username(), now(), stripped);
        em.flush();
        auditLog.record(actor, MODULE, "ENVIRONMENT_REFUSED", "candidate " + check.getCandidateId(),
                "environment check " + check.getId());
        return viewWithAdvice(check);
    }

    @Override
    public List<LineServiceView> lineServices() {
        return em.createQuery("select s from LineService s order by s.sortOrder, s.code", LineService.class)
                .getResultStream().map(LineService::toView).toList();
    }

    @Override
    public List<PcOsView> operatingSystems() {
        return em.createQuery("select o from PcOs o order by o.sortOrder, o.code", PcOs.class)
                .getResultStream().map(PcOs::toView).toList();
    }

    @Override
    public PcRequirementView pcRequirement() {
        return em.createQuery("select r from PcRequirement r where r.effectiveFrom <= :today "
                        + "order by r.effectiveFrom desc", PcRequirement.class)
                .setParameter("today", calendar.today()).setMaxResults(1).getResultStream().findFirst()
                .map(PcRequirement::toView)
                .orElseThrow(() -> new BusinessException("training.environment.noPcRequirement"));
    }

    private EnvironmentReference reference(Enrolment enrolment) {
        Cohort cohort = CohortReads.require(em, enrolment.getCohortId());
        List<CohortDay> days = CohortReads.days(em, cohort.getId());
        LocalDate firstCallTrainingDay = days.stream().filter(d -> d.getKind() == DayKind.CALL_TRAINING)
                .map(CohortDay::getFirstDate).min(LocalDate::compareTo).orElseThrow();
        // E4: the company's latest date is the last attended day before call training, which needs the line.
        LocalDate deadline = days.stream().filter(d -> d.getKind().isAttended())
                .map(CohortDay::getFirstDate).filter(date -> date.isBefore(firstCallTrainingDay))
                .max(LocalDate::compareTo).orElse(cohort.getStartDate());
        return new EnvironmentReference(
                lineServices().stream().collect(Collectors.toMap(LineServiceView::getCode, Function.identity())),
                operatingSystems().stream().collect(Collectors.toMap(PcOsView::getCode, Function.identity())),
                pcRequirement(), cohort.getStartDate(), deadline);
    }

    private EnvironmentCheckView viewWithAdvice(EnvironmentCheck check) {
        List<EnvironmentFinding> findings = latestEnrolment(check.getCandidateId())
                .map(enrolment -> rules.evaluate(check.answers(), reference(enrolment)))
                .orElse(List.of());
        return view(check, findings);
    }

    private EnvironmentCheckView view(EnvironmentCheck check, List<EnvironmentFinding> findings) {
        PhoneNumberCheck phone = phoneRule.check(check.getPhoneNumber());
        return new EnvironmentCheckView(check.getId(), check.getCandidateId(), check.getAccountId(), check.answers(),
                phone.formatted() == null ? check.getPhoneNumber() : phone.formatted(), check.getStatus(),
                check.getSubmittedAt(), check.getDecidedBy(), check.getDecidedAt(), check.getRefusalReason(),
                findings.stream().filter(f -> !f.isRefused()).toList(), check.getVersion());
    }

    private Optional<Enrolment> activeEnrolment(long accountId) {
        return em.createQuery("select e from Enrolment e where e.accountId = :accountId and e.status in :active",
                        Enrolment.class)
                .setParameter("accountId", accountId).setParameter("active", EnrolmentStatus.active())
                .getResultStream().findFirst();
    }

    private Optional<Enrolment> latestEnrolment(long candidateId) {
        return em.createQuery("select e from Enrolment e where e.candidateId = :id order by e.enrolledAt desc, e.id desc",
                        Enrolment.class)
                .setParameter("id", candidateId).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<EnvironmentCheck> checkOf(long candidateId) {
        return em.createQuery("select c from EnvironmentCheck c where c.candidateId = :id", EnvironmentCheck.class)
                .setParameter("id", candidateId).getResultStream().findFirst();
    }

    private EnvironmentCheck forEdit(long checkId, long expectedVersion) {
        EnvironmentCheck check = em.find(EnvironmentCheck.class, checkId);
        if (check == null) {
            throw new BusinessException("training.environment.notFound", checkId);
        }
        if (check.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return check;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
