package jp.hometech.systemtests.training;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jp.hometech.itclock.AdjustableBusinessClock;
import jp.hometech.platform.api.time.BusinessClock;
import org.junit.jupiter.api.AfterEach;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.training.api.AssessmentResult;
import jp.hometech.training.api.AttendanceMark;
import jp.hometech.training.api.AwaitingCandidateService;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentService;
import jp.hometech.training.api.EnrolmentView;
import jp.hometech.training.api.EnvironmentCheckService;
import jp.hometech.training.api.EnvironmentCheckView;
import jp.hometech.training.api.EnvironmentRequirementsNotMetException;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.InternetType;
import jp.hometech.training.api.NewCohort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance after the training ended, capacity (T3), the line-ready date per cohort and the unverified flag (E4). */
@ExtendWith(ArquillianExtension.class)
class TrainingReviewIT {

    private static final Actor TRAINER = new Actor("it-trainer", "127.0.0.1");
    private static final String MODULE = "java:global/backoffice/training/";
    private static final AtomicLong CANDIDATES = new AtomicLong(System.currentTimeMillis() * 1000 + 200_000_000L);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    AdjustableBusinessClock clock;

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @EJB(lookup = MODULE + "DefaultCohortService!jp.hometech.training.api.CohortService")
    CohortService cohorts;

    @EJB(lookup = MODULE + "DefaultEnrolmentService!jp.hometech.training.api.EnrolmentService")
    EnrolmentService enrolments;

    @EJB(lookup = MODULE + "DefaultAwaitingCandidateService!jp.hometech.training.api.AwaitingCandidateService")
    AwaitingCandidateService awaiting;

    @EJB(lookup = MODULE + "DefaultEnvironmentCheckService!jp.hometech.training.api.EnvironmentCheckService")
    EnvironmentCheckService environment;

    @Test
    void attendanceCannotBeRecordedForATraineeWhoseTrainingEnded_T3() throws Exception {
        CohortView cohort = announcedCohort(3);
        EnrolmentView failing = awaiting.enrol(awaitingCandidate("不合格 予定"), cohort.getId(), TRAINER);
        EnrolmentView staying = awaiting.enrol(awaitingCandidate("継続 受講"), cohort.getId(), TRAINER);
        LocalDate assessmentDay = cohorts.days(cohort.getId()).stream().filter(d -> d.getKind() == DayKind.ASSESSMENT)
                .map(CohortDayView::getFirstDate).findFirst().orElseThrow();
        clock.runFrom(assessmentDay.atTime(18, 0).atZone(BusinessClock.ZONE).toInstant());
        CohortView running = cohorts.start(cohort.getId(), cohort.getVersion(), TRAINER);
        EnrolmentView failed = enrolments.recordAssessment(
                new AssessmentResult(failing.getId(), failing.getVersion(), false, "理解度が基準に届かない"), TRAINER);
        CohortDayView callTrainingDay = cohorts.days(running.getId()).stream().filter(d -> d.getKind() == DayKind.CALL_TRAINING)
                .findFirst().orElseThrow();
        long callDay = callTrainingDay.getId();
        clock.runFrom(callTrainingDay.getFirstDate().atTime(18, 0).atZone(BusinessClock.ZONE).toInstant());

        BusinessException refused = assertThrows(BusinessException.class, () -> enrolments.recordAttendance(callDay,
                List.of(new AttendanceMark(failed.getId(), true, null), new AttendanceMark(staying.getId(), true, null)),
                TRAINER));

        assertEquals("training.attendance.trainingEnded", refused.messageKey());
        assertEquals("不合格 予定", refused.arguments()[0]);
        assertTrue(enrolments.attendanceOf(staying.getId()).isEmpty(), "nothing of the refused marks was stored");
        assertEquals(1, enrolments.recordAttendance(callDay, List.of(new AttendanceMark(staying.getId(), true, null)),
                TRAINER).size());
    }

    @Test
    void capacityCannotGoBelowTheEnrolledCount_T3() {
        CohortView cohort = announcedCohort(3);
        awaiting.enrol(awaitingCandidate("定員 一"), cohort.getId(), TRAINER);
        awaiting.enrol(awaitingCandidate("定員 二"), cohort.getId(), TRAINER);
        CohortView two = cohorts.find(cohort.getId()).orElseThrow();

        BusinessException refused = assertThrows(BusinessException.class,
                () -> cohorts.changeCapacity(two.getId(), two.getVersion(), 1, TRAINER));
        CohortView changed = cohorts.changeCapacity(two.getId(), two.getVersion(), 2, TRAINER);

        assertEquals("training.cohort.capacityBelowSeats", refused.messageKey());
        assertEquals(2, changed.getCapacity());
        assertTrue(changed.isFull());
    }

    @Test
    void theTrainerSetsTheLineReadyDateOfACohortAndTheCheckHoldsTraineesToIt_E4() {
        CohortView cohort = announcedCohort(2);
        long candidate = awaitingCandidate("回線 準備中");
        awaiting.enrol(candidate, cohort.getId(), TRAINER);
        assertFalse(cohort.isLineReadyBySet());
        assertTrue(cohort.getLineReadyBy().isAfter(cohort.getStartDate()), "by default the day before call training");
        assertTrue(cohort.getLineReadyBy().isBefore(cohort.getFirstCallTrainingDay()));
        CohortView current = cohorts.find(cohort.getId()).orElseThrow();

        BusinessException beforeStart = assertThrows(BusinessException.class, () -> cohorts.changeLineReadyBy(
                current.getId(), current.getVersion(), current.getStartDate().minusDays(1), TRAINER));
        BusinessException onCallTraining = assertThrows(BusinessException.class, () -> cohorts.changeLineReadyBy(
                current.getId(), current.getVersion(), current.getFirstCallTrainingDay(), TRAINER));
        CohortView set = cohorts.changeLineReadyBy(current.getId(), current.getVersion(), current.getStartDate(), TRAINER);

        assertEquals("training.cohort.lineReadyByBeforeStart", beforeStart.messageKey());
        assertEquals("training.cohort.lineReadyByNotBeforeCallTraining", onCallTraining.messageKey());
        assertTrue(set.isLineReadyBySet());
        assertEquals(current.getStartDate(), set.getLineReadyBy());
        String trainee = "trainee-" + candidate;
        LocalDate dayAfterStart = current.getStartDate().plusDays(1);
        EnvironmentRequirementsNotMetException late = assertThrows(EnvironmentRequirementsNotMetException.class,
                () -> environment.submit(candidate, goodEnvironment(dayAfterStart), new Actor(trainee, "127.0.0.1")));
        assertTrue(late.findings().stream().anyMatch(f -> f.getRuleId().equals("E4")
                && f.getMessageKey().equals("training.environment.lineReadyTooLate")), late.findings().toString());

        CohortView reset = cohorts.changeLineReadyBy(set.getId(), set.getVersion(), null, TRAINER);
        assertFalse(reset.isLineReadyBySet());
        assertEquals(cohort.getLineReadyBy(), reset.getLineReadyBy());
        EnvironmentCheckView accepted = environment.submit(candidate, goodEnvironment(dayAfterStart),
                new Actor(trainee, "127.0.0.1"));
        assertEquals(dayAfterStart, accepted.getLineReadyOn());
    }

    @Test
    void traineesWithoutAVerifiedEnvironmentAreFlaggedFromTheTrainingsFirstDay_E4() throws Exception {
        CohortView cohort = announcedCohort(3);
        long verifiedCandidate = awaitingCandidate("確認 済子");
        EnrolmentView verified = awaiting.enrol(verifiedCandidate, cohort.getId(), TRAINER);
        EnrolmentView missing = awaiting.enrol(awaitingCandidate("未確認 太郎"), cohort.getId(), TRAINER);
        assertTrue(environment.traineesWithoutVerifiedEnvironment(cohort.getId()).isEmpty(), "not before the first day");

        String trainee = "trainee-" + verifiedCandidate;
        EnvironmentCheckView submitted = environment.submit(verifiedCandidate, goodEnvironment(cohort.getStartDate()),
                new Actor(trainee, "127.0.0.1"));
        clock.runFrom(cohort.getStartDate().atTime(9, 0).atZone(BusinessClock.ZONE).toInstant());
        assertEquals(List.of(verified.getId(), missing.getId()),
                environment.traineesWithoutVerifiedEnvironment(cohort.getId()), "a submitted check is not verified yet");

        environment.verify(submitted.getId(), submitted.getVersion(), TRAINER);
        assertEquals(List.of(missing.getId()), environment.traineesWithoutVerifiedEnvironment(cohort.getId()));
    }

    private CohortView announcedCohort(int capacity) {
        CohortView created = cohorts.create(new NewCohort(TrainingDays.trainingDayFrom(clock.today(), 30), capacity), TRAINER);
        return cohorts.announce(created.getId(), created.getVersion(), TRAINER);
    }

    private long awaitingCandidate(String name) {
        long id = CANDIDATES.incrementAndGet();
        // Candidates of this class have no login: an account id as far from real ones as their candidate id.
        awaiting.recordPassed(id, name, id, TRAINER);
        return id;
    }

    private static EnvironmentSelfCheck goodEnvironment(LocalDate lineReadyOn) {
        return new EnvironmentSelfCheck(true, true, true, "03\u22121234\u22125678", Set.of(), lineReadyOn, InternetType.FIBRE,
                true, "WINDOWS_11", 16, 4, "Intel Core i5-1235U", 200);
    }
}
