package jp.hometech.training.internal.layout;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.TrainingPhase;
import jp.hometech.training.internal.calendar.TrainingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CohortLayoutEngineTest {

    private final TrainingCalendar calendar = TrainingCalendar.standard();
    private final CohortLayoutEngine engine = new CohortLayoutEngine(calendar);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<LocalDate> datesOf(List<PlannedDay> plan, TrainingPhase phase, DayKind kind) {
        return plan.stream().filter(p -> p.phase() == phase && p.kind() == kind).map(PlannedDay::firstDate).toList();
    }

    private static PlannedDay selfStudy(List<PlannedDay> plan, TrainingPhase phase) {
        return plan.stream().filter(p -> p.phase() == phase && p.kind() == DayKind.SELF_STUDY).findFirst().orElseThrow();
    }

    @Test
    void laysOutTheFivePhasesInOrderWithDefaultSettings_T1() {
        List<PlannedDay> plan = engine.layOut(d(2026, 4, 27), LayoutSettings.defaults());

        assertEquals(List.of(DayKind.SELF_STUDY, DayKind.GROUP, DayKind.GROUP, DayKind.GROUP, DayKind.ASSESSMENT,
                        DayKind.SELF_STUDY, DayKind.GROUP, DayKind.GROUP, DayKind.CALL_TRAINING, DayKind.CALL_TRAINING,
                        DayKind.CALL_TRAINING, DayKind.WORK_START),
                plan.stream().map(PlannedDay::kind).toList());
        for (int i = 0; i < plan.size(); i++) {
            assertEquals(i, plan.get(i).position());
            if (i > 0) {
                assertTrue(plan.get(i).firstDate().isAfter(plan.get(i - 1).lastDate()), "entry " + i + " follows the one before");
            }
        }
    }

    @Test
    void cohortStarting2026_04_27HasNoAttendedDayOn4_29Or5_4To5_6_T2() {
        List<PlannedDay> plan = engine.layOut(d(2026, 4, 27), LayoutSettings.defaults());

        PlannedDay selfStudy = selfStudy(plan, TrainingPhase.SELF_STUDY);
        assertEquals(d(2026, 4, 27), selfStudy.firstDate());
        assertEquals(d(2026, 5, 11), selfStudy.lastDate(), "15 calendar days: Golden Week is spent on self-study at home");
        assertEquals(List.of(d(2026, 5, 12), d(2026, 5, 13), d(2026, 5, 14)),
                datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.GROUP));
        assertEquals(List.of(d(2026, 5, 15)), datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT));
        assertEquals(d(2026, 5, 16), selfStudy(plan, TrainingPhase.POST_PASS).firstDate());
        assertEquals(d(2026, 5, 25), selfStudy(plan, TrainingPhase.POST_PASS).lastDate());
        assertEquals(List.of(d(2026, 5, 26), d(2026, 5, 27)), datesOf(plan, TrainingPhase.POST_PASS, DayKind.GROUP));
        assertEquals(List.of(d(2026, 5, 28), d(2026, 5, 29), d(2026, 6, 1)),
                datesOf(plan, TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING));
        assertEquals(List.of(d(2026, 6, 2)), datesOf(plan, TrainingPhase.WORK_START, DayKind.WORK_START));

        Set<LocalDate> goldenWeekHolidays = Set.of(d(2026, 4, 29), d(2026, 5, 4), d(2026, 5, 5), d(2026, 5, 6));
        assertTrue(plan.stream().filter(PlannedDay::isSingleDay).noneMatch(p -> goldenWeekHolidays.contains(p.date())));
    }

    @Test
    void groupDaysRightBeforeGoldenWeekSkip4_29And5_4To5_6_T2() {
        // A one-day self-study puts the group days into Golden Week, where the skipping shows.
        List<PlannedDay> plan = engine.layOut(d(2026, 4, 27), LayoutSettings.defaults().withSelfStudyDays(1));

        assertEquals(List.of(d(2026, 4, 28), d(2026, 4, 30), d(2026, 5, 1)),
                datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.GROUP), "4/29 昭和の日 skipped");
        assertEquals(List.of(d(2026, 5, 7)), datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT),
                "5/2–5/3 weekend, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日 skipped");
    }

    @Test
    void cohortStarting2026_12_21SpendsTheYearEndOnSelfStudy() {
        List<PlannedDay> plan = engine.layOut(d(2026, 12, 21), LayoutSettings.defaults());

        assertEquals(d(2027, 1, 4), selfStudy(plan, TrainingPhase.SELF_STUDY).lastDate());
        assertEquals(List.of(d(2027, 1, 5), d(2027, 1, 6), d(2027, 1, 7)),
                datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.GROUP));
        assertEquals(List.of(d(2027, 1, 8)), datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT));
        assertEquals(List.of(d(2027, 1, 19), d(2027, 1, 20)), datesOf(plan, TrainingPhase.POST_PASS, DayKind.GROUP));
        assertEquals(List.of(d(2027, 1, 21), d(2027, 1, 22), d(2027, 1, 25)),
                datesOf(plan, TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING));
        assertEquals(List.of(d(2027, 1, 26)), datesOf(plan, TrainingPhase.WORK_START, DayKind.WORK_START));
    }

    @Test
    void cohortStarting2026_12_21SkipsExactlyTheYearEndClosureWeekendsAndNewYearsDay_T2() {
        // Three days of self-study: the group days fall on 12/24, 12/25 and 12/28, the assessment after the closure.
        List<PlannedDay> plan = engine.layOut(d(2026, 12, 21), LayoutSettings.defaults().withSelfStudyDays(3));

        assertEquals(List.of(d(2026, 12, 24), d(2026, 12, 25), d(2026, 12, 28)),
                datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.GROUP),
                "12/26–12/27 weekend skipped; Monday 12/28 is before the closure and used");
        assertEquals(List.of(d(2027, 1, 4)), datesOf(plan, TrainingPhase.GROUP_TRAINING, DayKind.ASSESSMENT),
                "skipped: 12/29 Tue, 12/30 Wed, 12/31 Thu (company year-end, plain weekdays), "
                        + "1/1 Fri (元日, national holiday), 1/2 Sat and 1/3 Sun (weekend)");
    }

    @Test
    void callTrainingWaitsUntilAfterTheYearEndClosure() {
        List<PlannedDay> plan = engine.layOut(d(2026, 11, 24), LayoutSettings.defaults());

        assertTrue(plan.stream().filter(PlannedDay::isSingleDay).allMatch(p -> calendar.isTrainingDay(p.date())));
        assertEquals(List.of(d(2026, 12, 25), d(2026, 12, 28)), datesOf(plan, TrainingPhase.POST_PASS, DayKind.GROUP));
        assertEquals(List.of(d(2027, 1, 4), d(2027, 1, 5), d(2027, 1, 6)),
                datesOf(plan, TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING));
        assertEquals(List.of(d(2027, 1, 7)), datesOf(plan, TrainingPhase.WORK_START, DayKind.WORK_START));
    }

    @Test
    void groupAndAssessmentDaysRun9_45To17_15AndCallTrainingInBusinessHours_T1_S1() {
        List<PlannedDay> plan = engine.layOut(d(2026, 4, 27), LayoutSettings.defaults());

        plan.stream().filter(p -> p.kind() == DayKind.GROUP || p.kind() == DayKind.ASSESSMENT).forEach(p -> {
            assertEquals(LocalTime.of(9, 45), p.startTime());
            assertEquals(LocalTime.of(17, 15), p.endTime());
        });
        plan.stream().filter(p -> p.kind() == DayKind.CALL_TRAINING).forEach(p -> {
            assertEquals(LocalTime.of(10, 0), p.startTime());
            assertEquals(LocalTime.of(17, 0), p.endTime());
        });
        assertFalse(plan.stream().anyMatch(p -> p.kind() == DayKind.SELF_STUDY && p.startTime() != null));
    }

    @Test
    void callTrainingDaysFollowTheSetting() {
        List<PlannedDay> plan = engine.layOut(d(2026, 4, 27), LayoutSettings.defaults().withCallTrainingDays(5));

        assertEquals(5, datesOf(plan, TrainingPhase.CALL_TRAINING, DayKind.CALL_TRAINING).size());
    }

    @Test
    void refusesAStartDateThatIsNoTrainingDay_T2() {
        BusinessException weekend = assertThrows(BusinessException.class,
                () -> engine.layOut(d(2026, 4, 25), LayoutSettings.defaults()));
        assertEquals("training.cohort.startNotTrainingDay", weekend.messageKey());
        assertThrows(BusinessException.class, () -> engine.layOut(d(2026, 4, 29), LayoutSettings.defaults()));
        assertThrows(BusinessException.class, () -> engine.layOut(d(2026, 12, 30), LayoutSettings.defaults()));
    }
}
