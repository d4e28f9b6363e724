package jp.hometech.training.internal.layout;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.internal.calendar.TrainingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DayMoveRuleTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 27);
    private static final LocalDate BEFORE_START = LocalDate.of(2026, 4, 1);

    private final TrainingCalendar calendar = TrainingCalendar.standard();
    private final DayMoveRule rule = new DayMoveRule(calendar);
    /** Group days 4/28, 4/30, 5/1, assessment 5/7, post-pass self-study 5/8–5/17, group 5/18–5/19, … */
    private final List<PlannedDay> goldenWeekPlan =
            new CohortLayoutEngine(calendar).layOut(START, LayoutSettings.defaults().withSelfStudyDays(1));

    private PlannedDay entry(DayKind kind, int sequence) {
        return goldenWeekPlan.stream().filter(p -> p.kind() == kind && p.sequence() == sequence).findFirst().orElseThrow();
    }

    private BusinessException refusedMove(CohortStatus status, LocalDate today, PlannedDay day, LocalDate to) {
        return assertThrows(BusinessException.class, () -> rule.move(status, today, goldenWeekPlan, day.position(), to));
    }

    @Test
    void movesADayOntoATrainingDayWithinItsPhase_T2() {
        PlannedDay workStart = entry(DayKind.WORK_START, 1);

        List<PlannedDay> moved = rule.move(CohortStatus.ANNOUNCED, BEFORE_START, goldenWeekPlan, workStart.position(),
                workStart.date().plusDays(1));

        assertEquals(workStart.date().plusDays(1), moved.get(workStart.position()).date());
        assertEquals(goldenWeekPlan.size(), moved.size());
    }

    @Test
    void refusesMovingADayOntoANationalHoliday_T2_K1() {
        BusinessException refused = refusedMove(CohortStatus.ANNOUNCED, BEFORE_START, entry(DayKind.GROUP, 2),
                LocalDate.of(2026, 4, 29));

        assertEquals("training.day.nationalHoliday", refused.messageKey());
        assertEquals("昭和の日", refused.arguments()[1]);
    }

    @Test
    void refusesMovingADayOntoAWeekend_T2() {
        BusinessException refused = refusedMove(CohortStatus.PLANNED, BEFORE_START, entry(DayKind.ASSESSMENT, 1),
                LocalDate.of(2026, 5, 2));

        assertEquals("training.day.weekend", refused.messageKey());
    }

    @Test
    void refusesMovingADayOntoTheCompanyYearEndClosure() {
        List<PlannedDay> yearEndPlan = new CohortLayoutEngine(calendar)
                .layOut(LocalDate.of(2026, 12, 21), LayoutSettings.defaults().withSelfStudyDays(3));
        PlannedDay assessment = yearEndPlan.stream().filter(p -> p.kind() == DayKind.ASSESSMENT).findFirst().orElseThrow();

        BusinessException refused = assertThrows(BusinessException.class, () -> rule.move(CohortStatus.ANNOUNCED,
                LocalDate.of(2026, 12, 1), yearEndPlan, assessment.position(), LocalDate.of(2026, 12, 30)));

        assertEquals("training.day.companyYearEnd", refused.messageKey());
    }

    @Test
    void refusesMovingOnceTheCohortRuns_T3() {
        BusinessException refused = refusedMove(CohortStatus.RUNNING, BEFORE_START, entry(DayKind.WORK_START, 1),
                entry(DayKind.WORK_START, 1).date().plusDays(1));

        assertEquals("training.day.cohortStarted", refused.messageKey());
    }

    @Test
    void refusesMovingFromTheStartDateOnEvenBeforeTheTrainerStartedIt_T3() {
        PlannedDay workStart = entry(DayKind.WORK_START, 1);

        assertEquals("training.day.cohortStarted",
                refusedMove(CohortStatus.ANNOUNCED, START, workStart, workStart.date().plusDays(1)).messageKey());
        assertEquals("training.day.cohortStarted",
                refusedMove(CohortStatus.ANNOUNCED, START.plusDays(3), workStart, workStart.date().plusDays(1)).messageKey());
    }

    @Test
    void refusesMovingADayPastItsNeighbours_T1() {
        PlannedDay secondGroupDay = entry(DayKind.GROUP, 2);

        assertEquals("training.day.notBeforeNext", refusedMove(CohortStatus.ANNOUNCED, BEFORE_START, secondGroupDay,
                LocalDate.of(2026, 5, 1)).messageKey());
        assertEquals("training.day.notAfterPrevious", refusedMove(CohortStatus.ANNOUNCED, BEFORE_START, secondGroupDay,
                LocalDate.of(2026, 4, 28)).messageKey());
    }

    @Test
    void refusesMovingASelfStudyPeriod() {
        PlannedDay selfStudy = goldenWeekPlan.get(0);

        assertEquals("training.day.selfStudyNotMovable",
                refusedMove(CohortStatus.ANNOUNCED, BEFORE_START, selfStudy, LocalDate.of(2026, 4, 28)).messageKey());
    }
}
