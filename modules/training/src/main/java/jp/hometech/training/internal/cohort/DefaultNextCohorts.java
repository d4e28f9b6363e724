package jp.hometech.training.internal.cohort;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.NextCohorts;
import jp.hometech.training.api.TrainingPhase;
import jp.hometech.training.api.UpcomingCohort;

import java.util.List;
import java.util.Map;

@Stateless
public class DefaultNextCohorts implements NextCohorts {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Override
    public List<UpcomingCohort> upcoming(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new BusinessException("training.cohort.upcomingLimit", MAX);
        }
        List<Cohort> cohorts = em.createQuery("select c from Cohort c where c.status = :announced and c.startDate > :today "
                        + "order by c.startDate, c.id", Cohort.class)
                .setParameter("announced", CohortStatus.ANNOUNCED).setParameter("today", clock.today())
                .setMaxResults(limit).getResultList();
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, Long> seats = CohortReads.seatsTaken(em, ids);
        Map<Long, List<CohortDay>> days = CohortReads.days(em, ids);
        return cohorts.stream().map(cohort -> {
            List<CohortDay> plan = days.getOrDefault(cohort.getId(), List.of());
            return new UpcomingCohort(cohort.getId(), cohort.getStartDate(),
                    CohortReads.dates(plan, TrainingPhase.GROUP_TRAINING, DayKind.GROUP),
                    CohortReads.firstDate(plan, TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT),
                    CohortReads.dates(plan, TrainingPhase.POST_PASS, DayKind.GROUP),
                    CohortReads.dates(plan, TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING),
                    CohortReads.firstDate(plan, TrainingPhase.WORK_START, DayKind.WORK_START),
                    Math.max(0, cohort.getCapacity() - seats.getOrDefault(cohort.getId(), 0L)));
        }).toList();
    }
}
