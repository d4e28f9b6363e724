package jp.hometech.systemtests.training;

import jakarta.ejb.EJB;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.ScreeningOutcome;
import jp.hometech.recruitment.api.SupportWorkEntry;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.training.api.AssessmentResult;
import jp.hometech.training.api.AwaitingCandidateService;
import jp.hometech.training.api.AwaitingCandidateView;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentService;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.EnrolmentView;
import jp.hometech.training.api.EnvironmentCheckService;
import jp.hometech.training.api.EnvironmentCheckView;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.InternetType;
import jp.hometech.training.api.NewCohort;
import jp.hometech.training.api.TransferRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training through its api inside WildFly against PostgreSQL: enrolment, capacity, transfers, call training. */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    private static final Actor TRAINER = new Actor("it-trainer", "127.0.0.1");
    private static final String MODULE = "java:global/backoffice/training/";
    /** Candidate ids of this test class: far above recruitment's ids, and different in every run. */
    private static final AtomicLong CANDIDATES = new AtomicLong(System.currentTimeMillis() * 1000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = MODULE + "DefaultCohortService!jp.hometech.training.api.CohortService")
    CohortService cohorts;

    @EJB(lookup = MODULE + "DefaultEnrolmentService!jp.hometech.training.api.EnrolmentService")
    EnrolmentService enrolments;

    @EJB(lookup = MODULE + "DefaultAwaitingCandidateService!jp.hometech.training.api.AwaitingCandidateService")
    AwaitingCandidateService awaiting;

    @EJB(lookup = MODULE + "DefaultEnvironmentCheckService!jp.hometech.training.api.EnvironmentCheckService")
    EnvironmentCheckService environment;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultApplicationService!jp.hometech.recruitment.api.ApplicationService")
    ApplicationService applications;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAccountService!jp.hometech.platform.api.account.AccountService")
    AccountService accounts;

    @Test
    void enrolsACandidateWhoPassedIntoAnAnnouncedCohortWithRoom_T1() {
        CohortView cohort = announcedCohort(3);
        long candidate = awaitingCandidate("研修 一郎");

        EnrolmentView enrolled = awaiting.enrol(candidate, cohort.getId(), TRAINER);

        assertEquals(EnrolmentStatus.ENROLLED, enrolled.getStatus());
        assertEquals(cohort.getId(), enrolled.getCohortId());
        assertEquals("研修 一郎", enrolled.getDisplayName());
        assertEquals(1, cohorts.find(cohort.getId()).orElseThrow().getSeatsTaken());
        assertTrue(awaiting.searchAwaiting(new PageRequest(0, PageRequest.MAX_LIMIT, null, true)).rows().stream()
                .noneMatch(c -> c.getCandidateId() == candidate), "an enrolled candidate no longer awaits");
        BusinessException again = assertThrows(BusinessException.class,
                () -> awaiting.enrol(candidate, announcedCohort(3).getId(), TRAINER));
        assertEquals("training.enrolment.alreadyActive", again.messageKey());
    }

    @Test
    void refusesEnrolmentIntoACohortThatIsNotAnnounced_T1() {
        CohortView planned = cohorts.create(new NewCohort(TrainingClock.trainingDayFromNow(40), 3), TRAINER);
        long candidate = awaitingCandidate("研修 二郎");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> awaiting.enrol(candidate, planned.getId(), TRAINER));

        assertEquals("training.enrolment.cohortNotOpen", refused.messageKey());
        assertEquals(0, cohorts.find(planned.getId()).orElseThrow().getSeatsTaken());
    }

    @Test
    void twoStaffTakingTheLastPlaceAtOnce_oneWinsAndTheOtherIsRefusedClearly_T3() throws Exception {
        CohortView cohort = announcedCohort(2);
        awaiting.enrol(awaitingCandidate("先着 済"), cohort.getId(), TRAINER);
        long first = awaitingCandidate("同時 A");
        long second = awaitingCandidate("同時 B");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService staff = Executors.newFixedThreadPool(2);
        try {
            List<Future<EnrolmentView>> attempts = new ArrayList<>();
            for (long candidate : new long[] {first, second}) {
                attempts.add(staff.submit((Callable<EnrolmentView>) () -> {
                    go.await(10, TimeUnit.SECONDS);
                    return awaiting.enrol(candidate, cohort.getId(), TRAINER);
                }));
            }
            go.countDown();
            int won = 0;
            List<BusinessException> refusals = new ArrayList<>();
            for (Future<EnrolmentView> attempt : attempts) {
                try {
                    attempt.get(60, TimeUnit.SECONDS);
                    won++;
                } catch (ExecutionException e) {
                    refusals.add(assertInstanceOf(BusinessException.class, e.getCause()));
                }
            }
            assertEquals(1, won, "exactly one of the two takes the last place");
            assertEquals(1, refusals.size());
            assertEquals("training.enrolment.cohortFull", refusals.get(0).messageKey());
            assertEquals(cohort.getId(), ((Number) refusals.get(0).arguments()[0]).longValue());
        } finally {
            staff.shutdownNow();
        }
        CohortView after = cohorts.find(cohort.getId()).orElseThrow();
        assertEquals(2, after.getSeatsTaken());
        assertTrue(after.isFull());
    }

    @Test
    void transferIntoAFullCohortIsRefusedAndTheTraineeStays_T3() {
        CohortView from = announcedCohort(2);
        CohortView full = announcedCohort(1);
        EnrolmentView moving = awaiting.enrol(awaitingCandidate("移動 希望"), from.getId(), TRAINER);
        awaiting.enrol(awaitingCandidate("満席 先客"), full.getId(), TRAINER);

        BusinessException refused = assertThrows(BusinessException.class, () -> enrolments.transfer(
                new TransferRequest(moving.getId(), moving.getVersion(), full.getId(), "家族の急病のため", "it-manager"),
                TRAINER));

        assertEquals("training.transfer.targetFull", refused.messageKey());
        EnrolmentView unchanged = enrolments.find(moving.getId()).orElseThrow();
        assertEquals(EnrolmentStatus.ENROLLED, unchanged.getStatus());
        assertEquals(from.getId(), unchanged.getCohortId());
        assertEquals(1, cohorts.find(full.getId()).orElseThrow().getSeatsTaken());
        assertTrue(enrolments.transfersOf(moving.getCandidateId()).isEmpty());

        CohortView withRoom = announcedCohort(1);
        EnrolmentView moved = enrolments.transfer(new TransferRequest(moving.getId(), moving.getVersion(), withRoom.getId(),
                "家族の急病のため", "it-manager"), TRAINER);
        assertEquals(withRoom.getId(), moved.getCohortId());
        assertEquals("it-manager", enrolments.transfersOf(moving.getCandidateId()).get(0).getApprovedBy());
    }

    @Test
    void callTrainingIsRefusedUntilTheWorkEnvironmentIsVerified_T4_E1toE7() throws Exception {
        CohortView cohort = announcedCohort(2);
        long candidate = awaitingCandidate("環境 未確認");
        EnrolmentView trainee = awaiting.enrol(candidate, cohort.getId(), TRAINER);
        try (Connection connection = dataSource().getConnection()) {
            TrainingClock.moveIntoThePast(connection, cohort.getId());
        }
        CohortView running = cohorts.start(cohort.getId(), cohort.getVersion(), TRAINER);
        EnrolmentView passed = enrolments.recordAssessment(
                new AssessmentResult(trainee.getId(), trainee.getVersion(), true, null), TRAINER);
        LocalDate firstCallDay = cohorts.days(running.getId()).stream()
                .filter(d -> d.getKind() == DayKind.CALL_TRAINING).map(CohortDayView::getFirstDate).findFirst().orElseThrow();

        BusinessException noCheck = assertThrows(BusinessException.class,
                () -> enrolments.startCallTraining(passed.getId(), passed.getVersion(), firstCallDay, TRAINER));
        assertEquals("training.callTraining.environmentNotVerified", noCheck.messageKey());

        EnvironmentCheckView submitted = environment.submit(accountOf(candidate), goodEnvironment(
                running.getStartDate().minusDays(1)), new Actor("trainee-" + candidate, "127.0.0.1"));
        BusinessException notYetVerified = assertThrows(BusinessException.class,
                () -> enrolments.startCallTraining(passed.getId(), passed.getVersion(), firstCallDay, TRAINER));
        assertEquals("training.callTraining.environmentNotVerified", notYetVerified.messageKey());

        environment.verify(submitted.getId(), submitted.getVersion(), TRAINER);
        EnrolmentView started = enrolments.startCallTraining(passed.getId(), passed.getVersion(), firstCallDay, TRAINER);
        assertEquals(EnrolmentStatus.CALL_TRAINING, started.getStatus());
        assertEquals(firstCallDay, started.getCallTrainingStartedOn());
    }

    @Test
    void recordingTheSamePassTwiceChangesNothingAndTheAccountComesFromRecruitment() {
        String email = "trn-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ScreeningOutcome applied = applications.apply(new ApplicationForm("合格 花子", "ゴウカク ハナコ",
                LocalDate.now().minusYears(30), email, "03-1234-5678", "東京都千代田区1-1", false, List.of(),
                List.of(new SupportWorkEntry(LocalDate.now().minusYears(3), null, "ISP help desk")), true, true, true,
                true, "correct horse battery 2026".toCharArray(), "ja"), new Actor("anonymous", "127.0.0.1"));
        long applicantId = applied.getApplicantId();
        long account = accounts.findByUsername(email).orElseThrow().getId();

        AwaitingCandidateView recorded = awaiting.recordPassed(applicantId, "合格 花子", null, TRAINER);
        assertEquals(account, recorded.getAccountId(), "the account id comes from recruitment's detail");
        awaiting.recordPassed(applicantId, "合格 花子", null, TRAINER);
        assertEquals(recorded.getPassedAt(), awaiting.find(applicantId).orElseThrow().getPassedAt(),
                "the same pass recorded twice changes nothing");

        EnrolmentView enrolled = awaiting.enrol(applicantId, announcedCohort(1).getId(), TRAINER);
        assertEquals(account, enrolled.getAccountId());
        assertEquals(enrolled.getId(), enrolments.findLatestByAccount(account).orElseThrow().getId());
    }

    @Test
    void aPassForAnApplicantRecruitmentDoesNotKnowIsRecordedWithoutAnAccountAndCannotBeEnrolled() {
        long unknown = CANDIDATES.incrementAndGet();

        AwaitingCandidateView recorded = awaiting.recordPassed(unknown, "不明 太郎", null, TRAINER);

        assertNull(recorded.getAccountId());
        assertFalse(recorded.isEnrollable());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> awaiting.enrol(unknown, announcedCohort(1).getId(), TRAINER));
        assertEquals("training.awaiting.noPortalAccount", refused.messageKey());
    }

    private CohortView announcedCohort(int capacity) {
        CohortView created = cohorts.create(new NewCohort(TrainingClock.trainingDayFromNow(30), capacity), TRAINER);
        return cohorts.announce(created.getId(), created.getVersion(), TRAINER);
    }

    private long awaitingCandidate(String name) {
        long id = CANDIDATES.incrementAndGet();
        awaiting.recordPassed(id, name, accountOf(id), TRAINER);
        return id;
    }

    /** Candidates of this class have no login: an account id as far from real ones as their candidate id. */
    private static long accountOf(long candidateId) {
        return candidateId;
    }

    private static EnvironmentSelfCheck goodEnvironment(LocalDate lineReadyOn) {
        return new EnvironmentSelfCheck(true, true, true, "03-1234-5678", Set.of(), lineReadyOn, InternetType.FIBRE,
                true, "WINDOWS_11", 16, 4, "Intel Core i5-1235U", 200);
    }

    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup("java:jboss/datasources/BackofficeDS");
    }
}
