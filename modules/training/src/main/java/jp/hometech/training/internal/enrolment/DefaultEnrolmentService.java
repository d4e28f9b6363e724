package jp.hometech.training.internal.enrolment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.event.EventOutbox;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.training.api.AssessmentResult;
import jp.hometech.training.api.AssessmentView;
import jp.hometech.training.api.AttendanceMark;
import jp.hometech.training.api.AttendanceView;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentService;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.EnrolmentView;
import jp.hometech.training.api.EnvironmentCheckStatus;
import jp.hometech.training.api.NewEnrolment;
import jp.hometech.training.api.TransferRequest;
import jp.hometech.training.api.TransferView;
import jp.hometech.training.api.event.CallTrainingCompleted;
import jp.hometech.training.api.event.CallTrainingStarted;
import jp.hometech.training.internal.Texts;
import jp.hometech.training.internal.calendar.TrainingCalendar;
import jp.hometech.training.internal.cohort.Cohort;
import jp.hometech.training.internal.cohort.CohortDay;
import jp.hometech.training.internal.cohort.CohortReads;
import jp.hometech.training.internal.environment.EnvironmentCheck;
import jp.hometech.training.internal.layout.DayMoveRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jp.hometech.training.internal.Texts.MODULE;

@Stateless
public class DefaultEnrolmentService implements EnrolmentService {

    private static final String ONE_ACTIVE_INDEX = "enrolment_one_active_per_candidate";
    private static final int MAX_TRANSFER_CHAIN = 20;
    private static final Map<String, Function<Root<Enrolment>, Expression<?>>> SORTABLE = Map.of(
            "displayName", root -> root.get("displayName"),
            "status", root -> root.get("status"),
            "enrolledAt", root -> root.get("enrolledAt"));

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    EventOutbox outbox;

    private final TrainingCalendar calendar = TrainingCalendar.standard();
    private final Clock clock = Clock.systemUTC();

    @Override
    public EnrolmentView enrol(NewEnrolment request, Actor actor) {
        if (request == null || request.candidateId() <= 0) {
            throw new BusinessException("training.enrolment.candidateRequired");
        }
        String name = Texts.required(request.displayName(), 100, "training.enrolment.displayNameRequired");
        if (request.accountId() <= 0) {
            throw new BusinessException("training.enrolment.accountRequired");
        }
        Cohort cohort = CohortReads.lockForSeats(em, request.cohortId());
        requireOpen(cohort, "training.enrolment.cohortNotOpen");
        Optional<Enrolment> active = activeOf(request.candidateId());
        if (active.isPresent()) {
            throw new BusinessException("training.enrolment.alreadyActive", active.get().getCohortId());
        }
        if (hasCompleted(request.candidateId())) {
            throw new BusinessException("training.enrolment.alreadyCompleted");
        }
        requireRoom(cohort, "training.enrolment.cohortFull");
        Enrolment enrolment = new Enrolment(cohort.getId(), request.candidateId(), name, request.accountId(),
                EnrolmentStatus.ENROLLED, now(), actor.username());
        persistEnrolment(enrolment);
        auditLog.record(actor, MODULE, "TRAINEE_ENROLLED", candidate(enrolment),
                "enrolment " + enrolment.getId() + " in cohort " + cohort.getId());
        return enrolment.toView(cohort.getStartDate());
    }

    @Override
    public Optional<EnrolmentView> find(long enrolmentId) {
        return Optional.ofNullable(em.find(Enrolment.class, enrolmentId)).map(this::view);
    }

    @Override
    public Optional<EnrolmentView> findActiveByCandidate(long candidateId) {
        return activeOf(candidateId).map(this::view);
    }

    @Override
    public Optional<EnrolmentView> findLatestByAccount(long accountId) {
        List<Enrolment> latest = em.createQuery("select e from Enrolment e where e.accountId = :accountId "
                        + "order by e.enrolledAt desc, e.id desc", Enrolment.class)
                .setParameter("accountId", accountId).setMaxResults(10).getResultList();
        return latest.stream().filter(e -> e.getStatus().isActive()).findFirst()
                .or(() -> latest.stream().findFirst())
                .map(this::view);
    }

    @Override
    public Page<EnrolmentView> searchByCohort(long cohortId, EnrolmentStatus status, PageRequest page) {
        Cohort cohort = CohortReads.require(em, cohortId);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Enrolment> countRoot = count.from(Enrolment.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, cohortId, status));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Enrolment> rows = cb.createQuery(Enrolment.class);
        Root<Enrolment> root = rows.from(Enrolment.class);
        Expression<?> sortBy = SORTABLE.getOrDefault(page.sortField() == null ? "displayName" : page.sortField(),
                SORTABLE.get("displayName")).apply(root);
        rows.select(root).where(filters(cb, root, cohortId, status))
                .orderBy(page.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        List<EnrolmentView> views = em.createQuery(rows).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(e -> e.toView(cohort.getStartDate())).toList();
        return new Page<>(views, total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Enrolment> root, long cohortId, EnrolmentStatus status) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.equal(root.get("cohortId"), cohortId));
        if (status != null) {
            predicates.add(cb.equal(root.get("status"), status));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<AttendanceView> attendanceOfCohort(long cohortId) {
        return attendanceViews(em.createQuery("select a, d from Attendance a join CohortDay d on d.id = a.cohortDayId "
                        + "where d.cohortId = :id order by d.firstDate, a.enrolmentId", Object[].class)
                .setParameter("id", cohortId).getResultList());
    }

    @Override
    public List<AttendanceView> attendanceOf(long enrolmentId) {
        return attendanceViews(em.createQuery("select a, d from Attendance a join CohortDay d on d.id = a.cohortDayId "
                        + "where a.enrolmentId = :id order by d.firstDate", Object[].class)
                .setParameter("id", enrolmentId).getResultList());
    }

    private static List<AttendanceView> attendanceViews(List<Object[]> rows) {
        return rows.stream().map(row -> {
            CohortDay day = (CohortDay) row[1];
            return ((Attendance) row[0]).toView(day.getFirstDate(), day.getKind());
        }).toList();
    }

    @Override
    public List<AttendanceView> recordAttendance(long cohortDayId, List<AttendanceMark> marks, Actor actor) {
        CohortDay day = em.find(CohortDay.class, cohortDayId);
        if (day == null) {
            throw new BusinessException("training.day.notFound");
        }
        if (!day.getKind().isAttended()) {
            throw new BusinessException("training.attendance.notAnAttendedDay");
        }
        Cohort cohort = CohortReads.require(em, day.getCohortId());
        if (cohort.getStatus() != CohortStatus.RUNNING) {
            throw new BusinessException("training.attendance.cohortNotRunning");
        }
        if (day.getFirstDate().isAfter(calendar.today())) {
            throw new BusinessException("training.attendance.dayNotYetCome", day.getFirstDate());
        }
        if (marks == null || marks.isEmpty()) {
            return List.of();
        }
        Set<Long> enrolmentIds = marks.stream().map(AttendanceMark::enrolmentId).collect(Collectors.toSet());
        if (enrolmentIds.size() != marks.size()) {
            throw new BusinessException("training.attendance.duplicateTrainee");
        }
        Map<Long, Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.id in :ids", Enrolment.class)
                .setParameter("ids", enrolmentIds).getResultStream()
                .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Map<Long, Attendance> existing = em.createQuery(
                        "select a from Attendance a where a.cohortDayId = :day and a.enrolmentId in :ids", Attendance.class)
                .setParameter("day", cohortDayId).setParameter("ids", enrolmentIds).getResultStream()
                .collect(Collectors.toMap(Attendance::getEnrolmentId, Function.identity()));
        Instant now = now();
        List<Attendance> recorded = new ArrayList<>();
        for (AttendanceMark mark : marks) {
            Enrolment enrolment = enrolments.get(mark.enrolmentId());
            if (enrolment == null || enrolment.getCohortId() != day.getCohortId()
                    || !enrolment.getStatus().occupiesSeat()) {
                throw new BusinessException("training.attendance.notInCohort", mark.enrolmentId());
            }
            Attendance attendance = existing.get(mark.enrolmentId());
            if (attendance == null ? mark.expectedVersion() != null
                    : mark.expectedVersion() == null || attendance.getVersion() != mark.expectedVersion()) {
                throw new ConcurrentEditException();
            }
            if (attendance == null) {
                attendance = new Attendance(mark.enrolmentId(), cohortDayId);
                attendance.mark(mark.present(), actor.username(), now);
                em.persist(attendance);
            } else {
                attendance.mark(mark.present(), actor.username(), now);
            }
            recorded.add(attendance);
        }
        em.flush();
        long absent = marks.stream().filter(m -> !m.present()).count();
        auditLog.record(actor, MODULE, "ATTENDANCE_RECORDED", "cohort day " + cohortDayId,
                day.getKind() + " " + day.getFirstDate() + ": present " + (marks.size() - absent)
                        + ", absent (self-study instead) " + absent);
        return recorded.stream().map(a -> a.toView(day.getFirstDate(), day.getKind())).toList();
    }

    @Override
    public EnrolmentView transfer(TransferRequest request, Actor actor) {
        String reason = Texts.required(request.reason(), 1000, "training.transfer.reasonRequired");
        String approvedBy = Texts.required(Texts.username(request.approvedBy()), 64, "training.transfer.approverRequired");
        Enrolment from = forEdit(request.enrolmentId(), request.expectedVersion());
        if (from.getStatus() != EnrolmentStatus.ENROLLED && from.getStatus() != EnrolmentStatus.PASSED_ASSESSMENT) {
            throw new BusinessException("training.transfer.notTransferable", from.getStatus().name());
        }
        if (from.getCohortId() == request.toCohortId()) {
            throw new BusinessException("training.transfer.sameCohort");
        }
        // Both cohorts locked in id order, so two opposite transfers cannot deadlock.
        long first = Math.min(from.getCohortId(), request.toCohortId());
        long second = Math.max(from.getCohortId(), request.toCohortId());
        CohortReads.lockForSeats(em, first);
        CohortReads.lockForSeats(em, second);
        Cohort target = CohortReads.require(em, request.toCohortId());
        requireOpen(target, "training.transfer.targetNotOpen");
        requireRoom(target, "training.transfer.targetFull");

        EnrolmentStatus carried = from.getStatus();
        from.setStatus(EnrolmentStatus.TRANSFERRED_OUT);
        // Written before the new enrolment, so the one-active-enrolment index never sees two.
        em.flush();
        Enrolment to = new Enrolment(target.getId(), from.getCandidateId(), from.getDisplayName(),
                from.getAccountId(), carried, now(), actor.username());
        persistEnrolment(to);
        em.persist(new Transfer(from.getCandidateId(), from.getId(), from.getCohortId(), to.getId(), target.getId(),
                reason, approvedBy, actor.username(), now()));
        em.flush();
        auditLog.record(actor, MODULE, "TRAINEE_TRANSFERRED", candidate(from),
                "cohort " + from.getCohortId() + " -> " + target.getId() + ", enrolment " + from.getId() + " -> "
                        + to.getId() + ", approved by " + approvedBy);
        return to.toView(target.getStartDate());
    }

    @Override
    public List<TransferView> transfersOf(long candidateId) {
        return em.createQuery("select t from Transfer t where t.candidateId = :id order by t.transferredAt, t.id",
                        Transfer.class)
                .setParameter("id", candidateId).getResultStream().map(Transfer::toView).toList();
    }

    @Override
    public EnrolmentView recordAssessment(AssessmentResult result, Actor actor) {
        Enrolment enrolment = forEdit(result.enrolmentId(), result.expectedVersion());
        if (enrolment.getStatus() != EnrolmentStatus.ENROLLED) {
            throw new BusinessException("training.assessment.notExpected", enrolment.getStatus().name());
        }
        String failReason = result.passed() ? null
                : Texts.required(result.failReason(), 1000, "training.assessment.failReasonRequired");
        Cohort cohort = requireRunning(enrolment);
        LocalDate assessmentDay = CohortReads.days(em, cohort.getId()).stream()
                .filter(d -> d.getKind() == DayKind.ASSESSMENT).map(CohortDay::getFirstDate).findFirst()
                .orElseThrow(() -> new BusinessException("training.day.notFound"));
        if (assessmentDay.isAfter(calendar.today())) {
            throw new BusinessException("training.assessment.dayNotYetCome", assessmentDay);
        }
        em.persist(new Assessment(enrolment.getId(), assessmentDay, result.passed(), failReason, actor.username(), now()));
        enrolment.setStatus(result.passed() ? EnrolmentStatus.PASSED_ASSESSMENT : EnrolmentStatus.FAILED);
        em.flush();
        auditLog.record(actor, MODULE, result.passed() ? "ASSESSMENT_PASSED" : "ASSESSMENT_FAILED", candidate(enrolment),
                "enrolment " + enrolment.getId() + ", cohort " + cohort.getId());
        return enrolment.toView(cohort.getStartDate());
    }

    @Override
    public Optional<AssessmentView> assessmentOf(long enrolmentId) {
        // A trainee who passed and was then transferred keeps the pass recorded in the earlier cohort.
        long current = enrolmentId;
        for (int hop = 0; hop < MAX_TRANSFER_CHAIN; hop++) {
            Assessment assessment = em.find(Assessment.class, current);
            if (assessment != null) {
                return Optional.of(assessment.toView());
            }
            Optional<Long> previous = em.createQuery(
                            "select t.fromEnrolmentId from Transfer t where t.toEnrolmentId = :id", Long.class)
                    .setParameter("id", current).getResultStream().findFirst();
            if (previous.isEmpty()) {
                return Optional.empty();
            }
            current = previous.get();
        }
        return Optional.empty();
    }

    @Override
    public EnrolmentView startCallTraining(long enrolmentId, long expectedVersion, LocalDate startedOn, Actor actor) {
        Enrolment enrolment = forEdit(enrolmentId, expectedVersion);
        if (enrolment.getStatus() != EnrolmentStatus.PASSED_ASSESSMENT) {
            throw new BusinessException("training.callTraining.notPassed", enrolment.getStatus().name());
        }
        Cohort cohort = requireRunning(enrolment);
        boolean callTrainingDay = startedOn != null && CohortReads.days(em, cohort.getId()).stream()
                .anyMatch(d -> d.getKind() == DayKind.CALL_TRAINING && d.getFirstDate().equals(startedOn));
        if (!callTrainingDay) {
            throw new BusinessException("training.callTraining.notACallTrainingDay", startedOn);
        }
        if (startedOn.isAfter(calendar.today())) {
            throw new BusinessException("training.callTraining.dateInFuture", startedOn);
        }
        Optional<EnvironmentCheckStatus> environment = em.createQuery(
                        "select c.status from EnvironmentCheck c where c.candidateId = :id", EnvironmentCheckStatus.class)
                .setParameter("id", enrolment.getCandidateId()).getResultStream().findFirst();
        if (environment.isEmpty() || environment.get() != EnvironmentCheckStatus.VERIFIED) {
            throw new BusinessException("training.callTraining.environmentNotVerified");
        }
        enrolment.callTrainingStarted(startedOn);
        em.flush();
        auditLog.record(actor, MODULE, "CALL_TRAINING_STARTED", candidate(enrolment),
                "enrolment " + enrolment.getId() + ", on " + startedOn);
        outbox.publish(MODULE, new CallTrainingStarted(enrolment.getId(), enrolment.getCandidateId(),
                accountOf(enrolment), startedOn));
        return enrolment.toView(cohort.getStartDate());
    }

    @Override
    public EnrolmentView completeCallTraining(long enrolmentId, long expectedVersion, LocalDate completedOn, Actor actor) {
        Enrolment enrolment = forEdit(enrolmentId, expectedVersion);
        if (enrolment.getStatus() != EnrolmentStatus.CALL_TRAINING) {
            throw new BusinessException("training.callTraining.notInCallTraining", enrolment.getStatus().name());
        }
        if (completedOn == null || completedOn.isBefore(enrolment.getCallTrainingStartedOn())
                || completedOn.isAfter(calendar.today())) {
            throw new BusinessException("training.callTraining.completionDateInvalid", enrolment.getCallTrainingStartedOn());
        }
        Cohort cohort = CohortReads.require(em, enrolment.getCohortId());
        LocalDate workStart = workStartAfter(cohort, completedOn);
        enrolment.completed(workStart);
        em.flush();
        auditLog.record(actor, MODULE, "CALL_TRAINING_COMPLETED", candidate(enrolment),
                "enrolment " + enrolment.getId() + ", completed " + completedOn + ", work start " + workStart);
        outbox.publish(MODULE, new CallTrainingCompleted(enrolment.getId(), enrolment.getCandidateId(),
                accountOf(enrolment), workStart));
        return enrolment.toView(cohort.getStartDate());
    }

    /** The cohort's planned work start, unless the trainee finished after it: then the next training day. */
    private LocalDate workStartAfter(Cohort cohort, LocalDate completedOn) {
        return CohortReads.days(em, cohort.getId()).stream()
                .filter(d -> d.getKind() == DayKind.WORK_START).map(CohortDay::getFirstDate)
                .filter(planned -> planned.isAfter(completedOn)).findFirst()
                .orElseGet(() -> calendar.nextTrainingDay(completedOn));
    }

    private void requireOpen(Cohort cohort, String messageKey) {
        if (cohort.getStatus() != CohortStatus.ANNOUNCED
                || DayMoveRule.hasStarted(cohort.getStatus(), cohort.getStartDate(), calendar.today())) {
            throw new BusinessException(messageKey, cohort.getId());
        }
    }

    /** Call only with the cohort locked (CohortReads.lockForSeats), or the count may be stale at commit. */
    private void requireRoom(Cohort cohort, String messageKey) {
        long seats = CohortReads.seatsTaken(em, cohort.getId());
        if (seats >= cohort.getCapacity()) {
            throw new BusinessException(messageKey, cohort.getId(), cohort.getCapacity());
        }
    }

    private Cohort requireRunning(Enrolment enrolment) {
        Cohort cohort = CohortReads.require(em, enrolment.getCohortId());
        if (cohort.getStatus() != CohortStatus.RUNNING) {
            throw new BusinessException("training.enrolment.cohortNotRunning", cohort.getId());
        }
        return cohort;
    }

    private void persistEnrolment(Enrolment enrolment) {
        try {
            em.persist(enrolment);
            em.flush();
        } catch (PersistenceException e) {
            if (causedBy(e, ONE_ACTIVE_INDEX)) {
                throw new BusinessException("training.enrolment.alreadyActive", enrolment.getCohortId());
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable failure, String constraint) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Enrolment> activeOf(long candidateId) {
        return em.createQuery("select e from Enrolment e where e.candidateId = :id and e.status in :active", Enrolment.class)
                .setParameter("id", candidateId).setParameter("active", EnrolmentStatus.active())
                .getResultStream().findFirst();
    }

    private boolean hasCompleted(long candidateId) {
        return em.createQuery("select count(e) from Enrolment e where e.candidateId = :id and e.status = :completed",
                        Long.class)
                .setParameter("id", candidateId).setParameter("completed", EnrolmentStatus.COMPLETED)
                .getSingleResult() > 0;
    }

    private Enrolment forEdit(long enrolmentId, long expectedVersion) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new BusinessException("training.enrolment.notFound", enrolmentId);
        }
        if (enrolment.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return enrolment;
    }

    private EnrolmentView view(Enrolment enrolment) {
        return enrolment.toView(CohortReads.require(em, enrolment.getCohortId()).getStartDate());
    }

    private static String candidate(Enrolment enrolment) {
        return "candidate " + enrolment.getCandidateId();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** An erased trainee has no account and no training left to record; a trainer's page never offers one. */
    private static long accountOf(Enrolment enrolment) {
        if (enrolment.getAccountId() == null) {
            throw new BusinessException("training.enrolment.personalDataErased");
        }
        return enrolment.getAccountId();
    }
}
