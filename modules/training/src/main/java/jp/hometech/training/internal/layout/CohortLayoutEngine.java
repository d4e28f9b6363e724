package jp.hometech.training.internal.layout;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.TrainingPhase;
import jp.hometech.training.internal.calendar.TrainingCalendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays out the phases of T1 from a cohort's start date on the training calendar (T2 and the company's
 * year-end closure, see {@link TrainingCalendar}):
 * <ol>
 *   <li>self-study from the start date for {@link LayoutSettings#selfStudyDays()} calendar days;</li>
 *   <li>the group days: the next training days after the self-study, 9:45–17:15;</li>
 *   <li>the assessment on the training day after the last group day. Not on the same day: a group day
 *       takes the full 9:45–17:15 and T3 allows no shorter hours, so the assessment gets a day of its own;</li>
 *   <li>post-pass self-study from the day after the assessment, then the post-pass group days;</li>
 *   <li>the call-training days, then the work start on the next training day.</li>
 * </ol>
 * The start date must itself be a training day: the cohort opens with staff at work (materials, log-ins).
 */
public final class CohortLayoutEngine {

    private final TrainingCalendar calendar;

    public CohortLayoutEngine(TrainingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public List<PlannedDay> layOut(LocalDate startDate, LayoutSettings settings) {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(settings, "settings");
        calendar.whyNotTrainingDay(startDate).ifPresent(reason -> {
            throw new BusinessException("training.cohort.startNotTrainingDay", startDate);
        });
        Plan plan = new Plan();
        LocalDate selfStudyEnd = startDate.plusDays(settings.selfStudyDays() - 1L);
        plan.period(TrainingPhase.SELF_STUDY, startDate, selfStudyEnd);

        LocalDate last = plan.days(TrainingPhase.GROUP_TRAINING, DayKind.GROUP, settings.groupDays(), selfStudyEnd,
                PlannedDay.GROUP_START, PlannedDay.GROUP_END);
        LocalDate assessment = plan.days(TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT, 1, last,
                PlannedDay.GROUP_START, PlannedDay.GROUP_END);

        LocalDate postPassEnd = assessment.plusDays(settings.postPassSelfStudyDays());
        plan.period(TrainingPhase.POST_PASS, assessment.plusDays(1), postPassEnd);
        last = plan.days(TrainingPhase.POST_PASS, DayKind.GROUP, settings.postPassGroupDays(), postPassEnd,
                PlannedDay.GROUP_START, PlannedDay.GROUP_END);

        last = plan.days(TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING, settings.callTrainingDays(), last,
                PlannedDay.CALL_START, PlannedDay.CALL_END);
        plan.days(TrainingPhase.WORK_START, DayKind.WORK_START, 1, last, null, null);
        return List.copyOf(plan.entries);
    }

    private final class Plan {
        private final List<PlannedDay> entries = new ArrayList<>();

        void period(TrainingPhase phase, LocalDate first, LocalDate last) {
            entries.add(new PlannedDay(entries.size(), phase, DayKind.SELF_STUDY, 1, first, last, null, null));
        }

        /** Adds {@code count} days on the training days after {@code after}; returns the last of them. */
        LocalDate days(TrainingPhase phase, DayKind kind, int count, LocalDate after, LocalTime start, LocalTime end) {
            LocalDate date = after;
            for (int sequence = 1; sequence <= count; sequence++) {
                date = calendar.nextTrainingDay(date);
                entries.add(new PlannedDay(entries.size(), phase, kind, sequence, date, date, start, end));
            }
            return date;
        }
    }
}
