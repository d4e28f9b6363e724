package jp.hometech.systemtests.training;

import jakarta.ejb.EJB;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.PersonalDataRetentionService;
import jp.hometech.recruitment.api.event.ApplicantPassedInterview;
import jp.hometech.recruitment.api.event.ApplicantWithdrawn;
import jp.hometech.recruitment.api.event.PersonalDataErased;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.systemtests.support.Outbox;
import jp.hometech.systemtests.support.RecordingObserver;
import jp.hometech.systemtests.support.RecruitmentJourney;
import jp.hometech.training.api.AssessmentResult;
import jp.hometech.training.api.AwaitingCandidateService;
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
import jp.hometech.training.api.event.CallTrainingCompleted;
import jp.hometech.training.api.event.CallTrainingStarted;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static jp.hometech.systemtests.support.EventAssertions.assertDeliveredOnce;
import static jp.hometech.systemtests.support.EventAssertions.assertNotPublished;
import static jp.hometech.systemtests.support.EventAssertions.assertRetriedAfterObserverFailure;
import static jp.hometech.systemtests.support.EventAssertions.inRolledBackTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training's events through the platform's outbox (delivered once, not on rollback, retried after an observer
 * failed), training's reactions to recruitment's withdrawal and erasure, and a person known by account id: an
 * erased applicant's e-mail registered again by somebody else does not bring back the old training records.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingEventsIT {

    private static final Actor TRAINER = new Actor("it-trainer", "127.0.0.1");
    private static final String MODULE = "java:global/backoffice/training/";
    /** Candidate and account ids of trainees who do not come from recruitment: far above real ids. */
    private static final AtomicLong CANDIDATES = new AtomicLong(System.currentTimeMillis() * 1000 + 700_000);

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

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultPersonalDataRetentionService!jp.hometech.recruitment.api.PersonalDataRetentionService")
    PersonalDataRetentionService retention;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAccountService!jp.hometech.platform.api.account.AccountService")
    AccountService accounts;

    private final RecruitmentJourney journey = new RecruitmentJourney();

    // ---- CallTrainingStarted

    @Test
    void callTrainingStartedIsDeliveredOnceWithTheTraineesAccount_T4() throws Exception {
        Trainee trainee = readyForCallTraining();
        startCallTraining(trainee);

        assertDeliveredOnce("training", CallTrainingStarted.class, "enrolmentId", trainee.enrolment.getId(),
                e -> e.enrolmentId() == trainee.enrolment.getId());
        CallTrainingStarted event = RecordingObserver.delivered(CallTrainingStarted.class,
                e -> e.enrolmentId() == trainee.enrolment.getId()).get(0);
        assertEquals(trainee.accountId, event.accountId());
        assertEquals(trainee.firstCallDay, event.date());
    }

    @Test
    void callTrainingStartedIsNotDeliveredWhenTheStartIsRolledBack_T4() throws Exception {
        Trainee trainee = readyForCallTraining();

        inRolledBackTransaction(() -> startCallTraining(trainee));

        assertNotPublished(CallTrainingStarted.class, "enrolmentId", trainee.enrolment.getId(),
                e -> e.enrolmentId() == trainee.enrolment.getId());
        assertEquals(EnrolmentStatus.PASSED_ASSESSMENT, enrolments.find(trainee.enrolment.getId()).orElseThrow().getStatus());
    }

    @Test
    void callTrainingStartedIsRetriedAfterAnObserverFailed_T4() throws Exception {
        Trainee trainee = readyForCallTraining();
        RecordingObserver.failOnce(e -> e instanceof CallTrainingStarted s && s.enrolmentId() == trainee.enrolment.getId());

        startCallTraining(trainee);

        assertRetriedAfterObserverFailure(CallTrainingStarted.class, "enrolmentId", trainee.enrolment.getId(),
                e -> e.enrolmentId() == trainee.enrolment.getId(), () -> { });
    }

    // ---- CallTrainingCompleted

    @Test
    void callTrainingCompletedIsDeliveredOnceWithTheWorkStart_T1() throws Exception {
        Trainee trainee = readyForCallTraining();
        EnrolmentView completed = complete(startCallTraining(trainee), trainee);

        assertDeliveredOnce("training", CallTrainingCompleted.class, "enrolmentId", trainee.enrolment.getId(),
                e -> e.enrolmentId() == trainee.enrolment.getId());
        CallTrainingCompleted event = RecordingObserver.delivered(CallTrainingCompleted.class,
                e -> e.enrolmentId() == trainee.enrolment.getId()).get(0);
        assertEquals(completed.getWorkStartDate(), event.workStartDate());
        assertEquals(trainee.accountId, event.accountId());
    }

    @Test
    void callTrainingCompletedIsNotDeliveredWhenTheCompletionIsRolledBack_T1() throws Exception {
        Trainee trainee = readyForCallTraining();
        EnrolmentView started = startCallTraining(trainee);

        inRolledBackTransaction(() -> complete(started, trainee));

        assertNotPublished(CallTrainingCompleted.class, "enrolmentId", trainee.enrolment.getId(),
                e -> e.enrolmentId() == trainee.enrolment.getId());
    }

    @Test
    void callTrainingCompletedIsRetriedAfterAnObserverFailed_T1() throws Exception {
        Trainee trainee = readyForCallTraining();
        EnrolmentView started = startCallTraining(trainee);
        RecordingObserver.failOnce(e -> e instanceof CallTrainingCompleted c && c.enrolmentId() == trainee.enrolment.getId());

        complete(started, trainee);

        assertRetriedAfterObserverFailure(CallTrainingCompleted.class, "enrolmentId", trainee.enrolment.getId(),
                e -> e.enrolmentId() == trainee.enrolment.getId(), () -> { });
    }

    // ---- training's reactions to recruitment

    @Test
    void aWithdrawnApplicantNoLongerAwaitsEnrolment() {
        long applicant = journey.passed();
        Outbox.awaitDelivered(ApplicantPassedInterview.class, "applicantId", applicant);
        assertTrue(awaiting.find(applicant).isPresent());

        journey.withdraw(applicant);
        Outbox.awaitDelivered(ApplicantWithdrawn.class, "applicantId", applicant);

        assertTrue(awaiting.find(applicant).isEmpty(), "the awaiting candidate went away");
    }

    @Test
    void aTraineeWhoWithdrawsEndsTheirEnrolmentAsWithdrawnAndFreesTheSeat() {
        long applicant = journey.passed();
        Outbox.awaitDelivered(ApplicantPassedInterview.class, "applicantId", applicant);
        CohortView cohort = announcedCohort(1);
        EnrolmentView enrolled = awaiting.enrol(applicant, cohort.getId(), TRAINER);

        journey.withdraw(applicant);
        Outbox.awaitDelivered(ApplicantWithdrawn.class, "applicantId", applicant);

        assertEquals(EnrolmentStatus.WITHDRAWN, enrolments.find(enrolled.getId()).orElseThrow().getStatus());
        assertEquals(0, cohorts.find(cohort.getId()).orElseThrow().getSeatsTaken());
    }

    @Test
    void anErasedApplicantsTrainingRecordsArePseudonymizedAndTheirEnvironmentCheckDeleted() {
        String email = RecruitmentJourney.uniqueEmail();
        long applicant = journey.invited(email);
        journey.pass(applicant);
        Outbox.awaitDelivered(ApplicantPassedInterview.class, "applicantId", applicant);
        long account = journey.detail(applicant).getPortalAccountId();
        EnrolmentView enrolled = awaiting.enrol(applicant, announcedCohort(2).getId(), TRAINER);
        environment.submit(account, goodEnvironment(enrolled.getCohortStartDate().minusDays(1)), new Actor(email, "127.0.0.1"));
        journey.withdraw(applicant);

        eraseEverythingExpired();
        Outbox.awaitDelivered(PersonalDataErased.class, "applicantId", applicant);

        EnrolmentView erased = enrolments.find(enrolled.getId()).orElseThrow();
        assertEquals("(erased)", erased.getDisplayName());
        assertNull(erased.getAccountId());
        assertTrue(environment.findByCandidate(applicant).isEmpty(), "the environment check (phone, home) is gone");
        assertTrue(awaiting.find(applicant).isEmpty());
        assertTrue(enrolments.findLatestByAccount(account).isEmpty());
    }

    @Test
    void aNewRegistrationWithAnErasedApplicantsEmailDoesNotSeeTheOldTrainingRecords() {
        String email = RecruitmentJourney.uniqueEmail();
        long first = journey.invited(email);
        journey.pass(first);
        Outbox.awaitDelivered(ApplicantPassedInterview.class, "applicantId", first);
        long firstAccount = journey.detail(first).getPortalAccountId();
        EnrolmentView old = awaiting.enrol(first, announcedCohort(2).getId(), TRAINER);
        EnvironmentCheckView oldCheck = environment.submit(firstAccount,
                goodEnvironment(old.getCohortStartDate().minusDays(1)), new Actor(email, "127.0.0.1"));
        assertNotNull(oldCheck);
        journey.withdraw(first);
        eraseEverythingExpired();
        assertTrue(accounts.findByUsername(email).isEmpty(), "the e-mail is free again");

        long second = journey.invited(email);
        long secondAccount = journey.detail(second).getPortalAccountId();

        assertNotEquals(firstAccount, secondAccount, "somebody else, with a new account");
        assertEquals(email, accounts.findById(secondAccount).orElseThrow().getUsername());
        // Whether or not the erasure has been delivered to training yet, the new account sees nothing old.
        assertTrue(enrolments.findLatestByAccount(secondAccount).isEmpty(), "no enrolment of the erased applicant");
        assertTrue(environment.findByAccount(secondAccount).isEmpty(), "no environment check of the erased applicant");
        Outbox.awaitDelivered(PersonalDataErased.class, "applicantId", first);
        assertTrue(enrolments.findLatestByAccount(secondAccount).isEmpty());
        assertTrue(environment.findByAccount(secondAccount).isEmpty());
    }

    // ---- helpers: every test makes its own data

    private record Trainee(long candidateId, long accountId, EnrolmentView enrolment, LocalDate firstCallDay) {
    }

    /** A trainee who passed the assessment of a running cohort, with a verified environment. */
    private Trainee readyForCallTraining() throws Exception {
        CohortView cohort = announcedCohort(2);
        long candidate = CANDIDATES.incrementAndGet();
        long account = CANDIDATES.incrementAndGet();
        awaiting.recordPassed(candidate, "架電 研修子", account, TRAINER);
        EnrolmentView trainee = awaiting.enrol(candidate, cohort.getId(), TRAINER);
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/BackofficeDS");
        try (Connection connection = dataSource.getConnection()) {
            TrainingClock.moveIntoThePast(connection, cohort.getId());
        }
        CohortView running = cohorts.start(cohort.getId(), cohort.getVersion(), TRAINER);
        EnrolmentView passed = enrolments.recordAssessment(
                new AssessmentResult(trainee.getId(), trainee.getVersion(), true, null), TRAINER);
        EnvironmentCheckView check = environment.submit(account, goodEnvironment(running.getStartDate().minusDays(1)),
                new Actor("trainee-" + account, "127.0.0.1"));
        environment.verify(check.getId(), check.getVersion(), TRAINER);
        LocalDate firstCallDay = cohorts.days(running.getId()).stream()
                .filter(d -> d.getKind() == DayKind.CALL_TRAINING).map(CohortDayView::getFirstDate).findFirst().orElseThrow();
        return new Trainee(candidate, account, passed, firstCallDay);
    }

    private EnrolmentView startCallTraining(Trainee trainee) {
        EnrolmentView current = enrolments.find(trainee.enrolment.getId()).orElseThrow();
        return enrolments.startCallTraining(current.getId(), current.getVersion(), trainee.firstCallDay, TRAINER);
    }

    private EnrolmentView complete(EnrolmentView started, Trainee trainee) {
        return enrolments.completeCallTraining(started.getId(), started.getVersion(), trainee.firstCallDay, TRAINER);
    }

    private CohortView announcedCohort(int capacity) {
        CohortView created = cohorts.create(new NewCohort(TrainingClock.trainingDayFromNow(30), capacity), TRAINER);
        return cohorts.announce(created.getId(), created.getVersion(), TRAINER);
    }

    private static EnvironmentSelfCheck goodEnvironment(LocalDate lineReadyOn) {
        return new EnvironmentSelfCheck(true, true, true, "03-1234-5678", Set.of(), lineReadyOn, InternetType.FIBRE,
                true, "WINDOWS_11", 16, 4, "Intel Core i5-1235U", 200);
    }

    private void eraseEverythingExpired() {
        Instant afterRetention = Instant.now().plus(Duration.ofDays(400));
        while (retention.eraseExpired(afterRetention, Actor.system()) > 0) {
            // earlier tests may have left closed applicants too
        }
    }
}
