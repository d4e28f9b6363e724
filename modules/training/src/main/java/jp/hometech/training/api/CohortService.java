package jp.hometech.training.api;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Cohorts and their days (T1–T3), for TRAINER pages. Changes take the version the trainer saw and throw
 * {@link jp.hometech.platform.api.ConcurrentEditException} when somebody else changed the cohort meanwhile.
 */
public interface CohortService {

    /** Lays out the days from the start date (T1, T2); the cohort starts PLANNED. */
    CohortView create(NewCohort request, Actor actor);

    Optional<CohortView> find(long cohortId);

    /** Latest start first by default. */
    SortFields SORT = SortFields.of("cohorts", "startDate", false, "startDate", "capacity", "status");

    /** The cohorts the query matches (null for all), counted up to {@link RowCount#CAP}. */
    RowCount count(CohortQuery query);

    /** One page of the cohorts the query matches (null for all), sorted by a field of {@link #SORT}. */
    List<CohortView> search(CohortQuery query, PageRequest page);

    /** The cohort's plan in order. */
    List<CohortDayView> days(long cohortId);

    /** Every cohort entry touching the range (at most 400 days), for the calendar of all cohorts. */
    List<CohortDayView> calendar(LocalDate from, LocalDate toInclusive);

    /** T2/T3: moves a single day, before the cohort starts, onto a training day within its phase. */
    CohortView moveDay(long cohortId, long expectedVersion, long dayId, LocalDate newDate, Actor actor);

    /** Never below the seats already taken. */
    CohortView changeCapacity(long cohortId, long expectedVersion, int capacity, Actor actor);

    /**
     * E4: the date by which the trainees' fixed line must be ready; null returns to the default (the last attended day
     * before call training). Not before the start date, and before the first call-training day; not once finished.
     */
    CohortView changeLineReadyBy(long cohortId, long expectedVersion, LocalDate lineReadyBy, Actor actor);

    /** PLANNED to ANNOUNCED: offered to registered applicants (T5) and open for enrolment. */
    CohortView announce(long cohortId, long expectedVersion, Actor actor);

    /** ANNOUNCED to RUNNING, on or after the start date; from then on the dates are fixed (T3). */
    CohortView start(long cohortId, long expectedVersion, Actor actor);

    /** RUNNING to FINISHED, after the last call-training day, when no trainee is still in training. */
    CohortView finish(long cohortId, long expectedVersion, Actor actor);
}
