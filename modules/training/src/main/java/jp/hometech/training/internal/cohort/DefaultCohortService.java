package jp.hometech.training.internal.cohort;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortQuery;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.NewCohort;
import jp.hometech.training.api.TrainingPhase;
import jp.hometech.training.internal.TrainingSettings;
import jp.hometech.training.internal.calendar.TrainingCalendar;
import jp.hometech.training.internal.layout.CohortLayoutEngine;
import jp.hometech.training.internal.layout.DayMoveRule;
import jp.hometech.training.internal.layout.PlannedDay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static jp.hometech.training.internal.Texts.MODULE;

@Stateless
public class DefaultCohortService implements CohortService {

    static final int MAX_CAPACITY = 500;
    static final int MAX_CALENDAR_DAYS = 400;
    private static final Map<String, Function<Root<Cohort>, Expression<?>>> SORTABLE = Map.of(
            "startDate", root -> root.get("startDate"),
            "capacity", root -> root.get("capacity"),
            "status", root -> root.get("status"));

    static {
        SORT.requireAll(SORTABLE.keySet());
    }

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    TrainingSettings settings;

    private final TrainingCalendar calendar = TrainingCalendar.standard();
    @Inject
    BusinessClock clock;

    @Override
    public CohortView create(NewCohort request, Actor actor) {
        if (request == null || request.startDate() == null) {
            throw new BusinessException("training.cohort.startDateRequired");
        }
        checkCapacity(request.capacity());
        if (!request.startDate().isAfter(clock.today())) {
            throw new BusinessException("training.cohort.startNotInFuture", request.startDate());
        }
        List<PlannedDay> plan = new CohortLayoutEngine(calendar).layOut(request.startDate(), settings.layout());
        Cohort cohort = new Cohort(request.startDate(), request.capacity(), now(), actor.username());
        em.persist(cohort);
        em.flush();
        plan.forEach(day -> em.persist(new CohortDay(cohort.getId(), day)));
        em.flush();
        auditLog.record(actor, MODULE, "COHORT_CREATED", subject(cohort),
                "start " + cohort.getStartDate() + ", capacity " + cohort.getCapacity() + ", work start "
                        + plan.get(plan.size() - 1).date());
        return CohortReads.view(em, cohort);
    }

    @Override
    public Optional<CohortView> find(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId)).map(cohort -> CohortReads.view(em, cohort));
    }

    @Override
    public RowCount count(CohortQuery query) {
        CohortQuery filter = query == null ? CohortQuery.all() : query;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Cohort> root = ids.from(Cohort.class);
        ids.select(root.get("id")).where(filters(cb, root, filter));
        return RowCount.of(em.createQuery(ids));
    }

    @Override
    public List<CohortView> search(CohortQuery query, PageRequest request) {
        PageRequest page = SORT.resolve(request);
        CohortQuery filter = query == null ? CohortQuery.all() : query;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Cohort> rows = cb.createQuery(Cohort.class);
        Root<Cohort> root = rows.from(Cohort.class);
        Expression<?> sortBy = SORTABLE.get(page.sortField()).apply(root);
        List<Order> order = page.ascending() ? List.of(cb.asc(sortBy), cb.asc(root.get("id")))
                : List.of(cb.desc(sortBy), cb.desc(root.get("id")));
        rows.select(root).where(filters(cb, root, filter)).orderBy(order);
        List<Cohort> cohorts = em.createQuery(rows).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        return CohortReads.views(em, cohorts);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Cohort> root, CohortQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        if (query.status() != null) {
            predicates.add(cb.equal(root.get("status"), query.status()));
        }
        if (query.startFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("startDate"), query.startFrom()));
        }
        if (query.startTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("startDate"), query.startTo()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<CohortDayView> days(long cohortId) {
        Cohort cohort = CohortReads.require(em, cohortId);
        return CohortReads.days(em, cohortId).stream().map(day -> CohortReads.dayView(day, cohort)).toList();
    }

    @Override
    public List<CohortDayView> calendar(LocalDate from, LocalDate toInclusive) {
        if (from == null || toInclusive == null || from.isAfter(toInclusive)
                || ChronoUnit.DAYS.between(from, toInclusive) >= MAX_CALENDAR_DAYS) {
            throw new BusinessException("training.calendar.rangeInvalid", MAX_CALENDAR_DAYS);
        }
        return em.createQuery("select d, c from CohortDay d join Cohort c on c.id = d.cohortId "
                        + "where d.firstDate <= :to and d.lastDate >= :from "
                        + "order by d.firstDate, c.startDate, d.cohortId, d.position", Object[].class)
                .setParameter("from", from).setParameter("to", toInclusive)
                .getResultStream()
                .map(row -> CohortReads.dayView((CohortDay) row[0], (Cohort) row[1]))
                .toList();
    }

    @Override
    public CohortView moveDay(long cohortId, long expectedVersion, long dayId, LocalDate newDate, Actor actor) {
        if (newDate == null) {
            throw new BusinessException("training.day.dateRequired");
        }
        Cohort cohort = forEdit(cohortId, expectedVersion);
        List<CohortDay> days = CohortReads.days(em, cohortId);
        CohortDay day = days.stream().filter(d -> d.getId() == dayId).findFirst()
                .orElseThrow(() -> new BusinessException("training.day.notFound"));
        LocalDate before = day.getFirstDate();
        if (before.equals(newDate)) {
            return CohortReads.view(em, cohort);
        }
        new DayMoveRule(calendar).move(cohort.getStatus(), clock.today(),
                days.stream().map(CohortDay::toPlanned).toList(), day.getPosition(), newDate);
        day.moveTo(newDate);
        // The days carry no version of their own: moving one is an edit of the cohort that others must see.
        // PESSIMISTIC_FORCE_INCREMENT bumps the version now; OPTIMISTIC_FORCE_INCREMENT would only do it at commit,
        // after the returned view was built.
        em.lock(cohort, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        auditLog.record(actor, MODULE, "COHORT_DAY_MOVED", subject(cohort),
                day.getKind() + " " + day.getSequence() + " (" + day.getPhase() + "): " + before + " -> " + newDate);
        return CohortReads.view(em, cohort);
    }

    @Override
    public CohortView changeCapacity(long cohortId, long expectedVersion, int capacity, Actor actor) {
        checkCapacity(capacity);
        Cohort cohort = CohortReads.lockForSeats(em, cohortId);
        checkVersion(cohort, expectedVersion);
        if (cohort.getStatus() == CohortStatus.FINISHED) {
            throw new BusinessException("training.cohort.finished");
        }
        long seats = CohortReads.seatsTaken(em, cohortId);
        if (capacity < seats) {
            throw new BusinessException("training.cohort.capacityBelowSeats", capacity, seats);
        }
        int before = cohort.getCapacity();
        cohort.setCapacity(capacity);
        em.flush();
        auditLog.record(actor, MODULE, "COHORT_CAPACITY_CHANGED", subject(cohort), before + " -> " + capacity);
        return CohortReads.view(em, cohort);
    }

    @Override
    public CohortView changeLineReadyBy(long cohortId, long expectedVersion, LocalDate lineReadyBy, Actor actor) {
        Cohort cohort = forEdit(cohortId, expectedVersion);
        if (cohort.getStatus() == CohortStatus.FINISHED) {
            throw new BusinessException("training.cohort.finished");
        }
        if (lineReadyBy != null) {
            if (lineReadyBy.isBefore(cohort.getStartDate())) {
                throw new BusinessException("training.cohort.lineReadyByBeforeStart", lineReadyBy, cohort.getStartDate());
            }
            LocalDate firstCallTrainingDay = CohortReads.firstDate(CohortReads.days(em, cohortId),
                    TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING);
            if (firstCallTrainingDay != null && !lineReadyBy.isBefore(firstCallTrainingDay)) {
                throw new BusinessException("training.cohort.lineReadyByNotBeforeCallTraining", lineReadyBy,
                        firstCallTrainingDay);
            }
        }
        LocalDate before = cohort.getLineReadyBy();
        cohort.setLineReadyBy(lineReadyBy);
        em.flush();
        auditLog.record(actor, MODULE, "COHORT_LINE_READY_BY_CHANGED", subject(cohort),
                (before == null ? "default" : before) + " -> " + (lineReadyBy == null ? "default" : lineReadyBy));
        return CohortReads.view(em, cohort);
    }

    @Override
    public CohortView announce(long cohortId, long expectedVersion, Actor actor) {
        Cohort cohort = forEdit(cohortId, expectedVersion);
        requireStatus(cohort, CohortStatus.PLANNED);
        if (!clock.today().isBefore(cohort.getStartDate())) {
            throw new BusinessException("training.cohort.startDatePassed", cohort.getStartDate());
        }
        return changeStatus(cohort, CohortStatus.ANNOUNCED, "COHORT_ANNOUNCED", actor);
    }

    @Override
    public CohortView start(long cohortId, long expectedVersion, Actor actor) {
        Cohort cohort = forEdit(cohortId, expectedVersion);
        requireStatus(cohort, CohortStatus.ANNOUNCED);
        if (clock.today().isBefore(cohort.getStartDate())) {
            throw new BusinessException("training.cohort.startDateNotReached", cohort.getStartDate());
        }
        return changeStatus(cohort, CohortStatus.RUNNING, "COHORT_STARTED", actor);
    }

    @Override
    public CohortView finish(long cohortId, long expectedVersion, Actor actor) {
        Cohort cohort = forEdit(cohortId, expectedVersion);
        requireStatus(cohort, CohortStatus.RUNNING);
        LocalDate lastCallTrainingDay = CohortReads.days(em, cohortId).stream()
                .filter(d -> d.getKind() == DayKind.CALL_TRAINING).map(CohortDay::getFirstDate)
                .max(LocalDate::compareTo).orElse(cohort.getStartDate());
        if (clock.today().isBefore(lastCallTrainingDay)) {
            throw new BusinessException("training.cohort.callTrainingNotOver", lastCallTrainingDay);
        }
        long stillInTraining = em.createQuery(
                        "select count(e) from Enrolment e where e.cohortId = :id and e.status in :active", Long.class)
                .setParameter("id", cohortId).setParameter("active", EnrolmentStatus.active()).getSingleResult();
        if (stillInTraining > 0) {
            throw new BusinessException("training.cohort.traineesStillInTraining", stillInTraining);
        }
        return changeStatus(cohort, CohortStatus.FINISHED, "COHORT_FINISHED", actor);
    }

    private CohortView changeStatus(Cohort cohort, CohortStatus status, String action, Actor actor) {
        CohortStatus before = cohort.getStatus();
        cohort.setStatus(status);
        em.flush();
        auditLog.record(actor, MODULE, action, subject(cohort), before + " -> " + status);
        return CohortReads.view(em, cohort);
    }

    private Cohort forEdit(long cohortId, long expectedVersion) {
        Cohort cohort = CohortReads.require(em, cohortId);
        checkVersion(cohort, expectedVersion);
        return cohort;
    }

    private static void checkVersion(Cohort cohort, long expectedVersion) {
        if (cohort.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }

    private static void requireStatus(Cohort cohort, CohortStatus expected) {
        if (cohort.getStatus() != expected) {
            throw new BusinessException("training.cohort.wrongStatus", cohort.getStatus().name(), expected.name());
        }
    }

    private static void checkCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new BusinessException("training.cohort.capacityInvalid", MAX_CAPACITY);
        }
    }

    static String subject(Cohort cohort) {
        return "cohort " + cohort.getId();
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }
}
