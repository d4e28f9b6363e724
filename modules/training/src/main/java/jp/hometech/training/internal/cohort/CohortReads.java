package jp.hometech.training.internal.cohort;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.TrainingPhase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Queries on cohorts shared by the module's services; each reads a whole page in a fixed number of statements. */
public final class CohortReads {

    private CohortReads() {
    }

    public static Cohort require(EntityManager em, long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new BusinessException("training.cohort.notFound", cohortId);
        }
        return cohort;
    }

    /**
     * The cohort row locked (SELECT … FOR UPDATE) until the transaction ends. Every change of a cohort's seats
     * (enrolment, transfer, capacity) takes this lock first and counts the seats after it, so two requests for
     * the last seat run one after the other and the second sees the first one's enrolment.
     */
    public static Cohort lockForSeats(EntityManager em, long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new BusinessException("training.cohort.notFound", cohortId);
        }
        return cohort;
    }

    public static long seatsTaken(EntityManager em, long cohortId) {
        return seatsTaken(em, List.of(cohortId)).getOrDefault(cohortId, 0L);
    }

    public static Map<Long, Long> seatsTaken(EntityManager em, Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> seats = new HashMap<>();
        em.createQuery("select e.cohortId, count(e) from Enrolment e where e.cohortId in :ids and e.status not in :out "
                        + "group by e.cohortId", Object[].class)
                .setParameter("ids", cohortIds).setParameter("out", EnrolmentStatus.seatless())
                .getResultList()
                .forEach(row -> seats.put((Long) row[0], (Long) row[1]));
        return seats;
    }

    public static List<CohortDay> days(EntityManager em, long cohortId) {
        return em.createQuery("select d from CohortDay d where d.cohortId = :id order by d.position", CohortDay.class)
                .setParameter("id", cohortId).getResultList();
    }

    public static Map<Long, List<CohortDay>> days(EntityManager em, Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from CohortDay d where d.cohortId in :ids order by d.cohortId, d.position",
                        CohortDay.class)
                .setParameter("ids", cohortIds).getResultStream()
                .collect(Collectors.groupingBy(CohortDay::getCohortId));
    }

    public static CohortView view(EntityManager em, Cohort cohort) {
        return view(cohort, seatsTaken(em, cohort.getId()), days(em, cohort.getId()));
    }

    public static List<CohortView> views(EntityManager em, List<Cohort> cohorts) {
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, Long> seats = seatsTaken(em, ids);
        Map<Long, List<CohortDay>> days = days(em, ids);
        return cohorts.stream()
                .map(c -> view(c, seats.getOrDefault(c.getId(), 0L), days.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    static CohortView view(Cohort cohort, long seatsTaken, List<CohortDay> days) {
        return new CohortView(cohort.getId(), cohort.getStartDate(), cohort.getCapacity(), seatsTaken,
                cohort.getStatus(), firstDate(days, TrainingPhase.GROUP_TRAINING, DayKind.GROUP),
                firstDate(days, TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT),
                firstDate(days, TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING),
                firstDate(days, TrainingPhase.WORK_START, DayKind.WORK_START), cohort.getVersion());
    }

    public static CohortDayView dayView(CohortDay day, Cohort cohort) {
        return new CohortDayView(day.getId(), day.getCohortId(), cohort.getStartDate(), cohort.getStatus(),
                day.getPosition(), day.getPhase(), day.getKind(), day.getSequence(), day.getFirstDate(),
                day.getLastDate(), day.getStartTime(), day.getEndTime());
    }

    public static LocalDate firstDate(List<CohortDay> days, TrainingPhase phase, DayKind kind) {
        return days.stream().filter(d -> d.getPhase() == phase && d.getKind() == kind)
                .map(CohortDay::getFirstDate).min(LocalDate::compareTo).orElse(null);
    }

    public static List<LocalDate> dates(List<CohortDay> days, TrainingPhase phase, DayKind kind) {
        return days.stream().filter(d -> d.getPhase() == phase && d.getKind() == kind)
                .map(CohortDay::getFirstDate).sorted().toList();
    }
}
