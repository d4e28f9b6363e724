package jp.hometech.training.internal.layout;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.internal.calendar.NonTrainingDayReason;
import jp.hometech.training.internal.calendar.TrainingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * T2/T3: a trainer may move a single day of a cohort's plan, only before the cohort starts, only onto a
 * training day, and only within its phase: strictly after the entry before it and strictly before the entry
 * after it, so the phases keep their order and the self-study periods their length. Self-study periods are
 * not moved.
 */
public final class DayMoveRule {

    private final TrainingCalendar calendar;

    public DayMoveRule(TrainingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The plan with the entry at {@code position} on {@code newDate}; refuses with a business exception. */
    public List<PlannedDay> move(CohortStatus status, LocalDate today, List<PlannedDay> plan, int position,
                                 LocalDate newDate) {
        Objects.requireNonNull(newDate, "newDate");
        List<PlannedDay> ordered = plan.stream().sorted(Comparator.comparingInt(PlannedDay::position)).toList();
        LocalDate start = ordered.get(0).firstDate();
        if (hasStarted(status, start, today)) {
            throw new BusinessException("training.day.cohortStarted", start);
        }
        int index = indexOf(ordered, position);
        PlannedDay day = ordered.get(index);
        if (!day.isSingleDay()) {
            throw new BusinessException("training.day.selfStudyNotMovable");
        }
        Optional<NonTrainingDayReason> reason = calendar.whyNotTrainingDay(newDate);
        if (reason.isPresent()) {
            String holidayName = calendar.holidayName(newDate, Locale.JAPANESE).orElse("");
            throw new BusinessException(reason.get().messageKey(), newDate, holidayName);
        }
        if (index > 0 && !newDate.isAfter(ordered.get(index - 1).lastDate())) {
            throw new BusinessException("training.day.notAfterPrevious", newDate, ordered.get(index - 1).lastDate());
        }
        if (index < ordered.size() - 1 && !newDate.isBefore(ordered.get(index + 1).firstDate())) {
            throw new BusinessException("training.day.notBeforeNext", newDate, ordered.get(index + 1).firstDate());
        }
        List<PlannedDay> moved = new ArrayList<>(ordered);
        moved.set(index, day.movedTo(newDate));
        return List.copyOf(moved);
    }

    /** T3: the dates are fixed once the cohort runs, and from its start date on even if nobody pressed "start". */
    public static boolean hasStarted(CohortStatus status, LocalDate startDate, LocalDate today) {
        return status == CohortStatus.RUNNING || status == CohortStatus.FINISHED || !today.isBefore(startDate);
    }

    private static int indexOf(List<PlannedDay> ordered, int position) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position() == position) {
                return i;
            }
        }
        throw new BusinessException("training.day.notFound");
    }
}
