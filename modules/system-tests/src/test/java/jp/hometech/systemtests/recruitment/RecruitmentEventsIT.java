package jp.hometech.systemtests.recruitment;

import jakarta.ejb.EJB;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.recruitment.api.PersonalDataRetentionService;
import jp.hometech.recruitment.api.event.ApplicantPassedInterview;
import jp.hometech.recruitment.api.event.ApplicantWithdrawn;
import jp.hometech.recruitment.api.event.ContractConcluded;
import jp.hometech.recruitment.api.event.ContractEnded;
import jp.hometech.recruitment.api.event.ContractResumed;
import jp.hometech.recruitment.api.event.ContractSuspended;
import jp.hometech.recruitment.api.event.PersonalDataErased;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.systemtests.support.RecordingObserver;
import jp.hometech.systemtests.support.RecruitmentJourney;
import jp.hometech.training.api.AwaitingCandidateService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static jp.hometech.systemtests.support.EventAssertions.assertDeliveredOnce;
import static jp.hometech.systemtests.support.EventAssertions.assertNotPublished;
import static jp.hometech.systemtests.support.EventAssertions.assertRetriedAfterObserverFailure;
import static jp.hometech.systemtests.support.EventAssertions.inRolledBackTransaction;
import static jp.hometech.systemtests.support.RecruitmentJourney.RECRUITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every event recruitment publishes, through the platform's outbox: delivered once, not delivered when the
 * publishing transaction rolls back, retried after an observer failed (the test-only RecordingObserver fails the
 * first delivery). Training's real observer of the pass is checked too.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentEventsIT {

    private static final String RECRUITMENT = "recruitment";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/training/DefaultAwaitingCandidateService!jp.hometech.training.api.AwaitingCandidateService")
    AwaitingCandidateService awaiting;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultPersonalDataRetentionService!jp.hometech.recruitment.api.PersonalDataRetentionService")
    PersonalDataRetentionService retention;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAccountService!jp.hometech.platform.api.account.AccountService")
    AccountService accounts;

    private final RecruitmentJourney journey = new RecruitmentJourney();

    // ---- ApplicantPassedInterview

    @Test
    void applicantPassedInterviewIsDeliveredOnceAndTrainingRecordsTheCandidateWithTheAccountId() {
        long applicant = journey.invited();
        journey.pass(applicant);

        assertDeliveredOnce(RECRUITMENT, ApplicantPassedInterview.class, "applicantId", applicant,
                e -> e.applicantId() == applicant);
        Long account = journey.detail(applicant).getPortalAccountId();
        assertEquals(account, RecordingObserver.delivered(ApplicantPassedInterview.class,
                e -> e.applicantId() == applicant).get(0).applicantAccountId());
        assertEquals(account, awaiting.find(applicant).orElseThrow().getAccountId());
    }

    @Test
    void applicantPassedInterviewIsNotDeliveredWhenThePassIsRolledBack() throws Exception {
        long applicant = journey.invited();

        inRolledBackTransaction(() -> journey.pass(applicant));

        assertNotPublished(ApplicantPassedInterview.class, "applicantId", applicant, e -> e.applicantId() == applicant);
        assertTrue(awaiting.find(applicant).isEmpty());
    }

    @Test
    void applicantPassedInterviewIsRetriedAfterAnObserverFailed() {
        long applicant = journey.invited();
        RecordingObserver.failOnce(e -> e instanceof ApplicantPassedInterview p && p.applicantId() == applicant);

        journey.pass(applicant);

        assertRetriedAfterObserverFailure(ApplicantPassedInterview.class, "applicantId", applicant,
                e -> e.applicantId() == applicant,
                () -> assertTrue(awaiting.find(applicant).isEmpty(), "training's record was rolled back with the failure"));
        assertTrue(awaiting.find(applicant).isPresent(), "the retry recorded the candidate");
    }

    // ---- ApplicantWithdrawn

    @Test
    void applicantWithdrawnIsDeliveredOnce() {
        long applicant = journey.invited();
        Long account = journey.detail(applicant).getPortalAccountId();
        journey.withdraw(applicant);

        assertDeliveredOnce(RECRUITMENT, ApplicantWithdrawn.class, "applicantId", applicant,
                e -> e.applicantId() == applicant);
        assertEquals(account, RecordingObserver.delivered(ApplicantWithdrawn.class, e -> e.applicantId() == applicant)
                .get(0).applicantAccountId());
    }

    @Test
    void applicantWithdrawnIsNotDeliveredWhenTheWithdrawalIsRolledBack() throws Exception {
        long applicant = journey.invited();

        inRolledBackTransaction(() -> journey.withdraw(applicant));

        assertNotPublished(ApplicantWithdrawn.class, "applicantId", applicant, e -> e.applicantId() == applicant);
    }

    @Test
    void applicantWithdrawnIsRetriedAfterAnObserverFailed() {
        long applicant = journey.passed();
        RecordingObserver.failOnce(e -> e instanceof ApplicantWithdrawn w && w.applicantId() == applicant);
        journey.withdraw(applicant);

        assertRetriedAfterObserverFailure(ApplicantWithdrawn.class, "applicantId", applicant,
                e -> e.applicantId() == applicant, () -> { });
    }

    // ---- PersonalDataErased

    @Test
    void personalDataErasedIsDeliveredOnceWithTheDeletedAccount() {
        long applicant = journey.invited();
        Long account = journey.detail(applicant).getPortalAccountId();
        journey.withdraw(applicant);

        eraseEverythingExpired();

        assertDeliveredOnce(RECRUITMENT, PersonalDataErased.class, "applicantId", applicant,
                e -> e.applicantId() == applicant);
        assertEquals(account, RecordingObserver.delivered(PersonalDataErased.class, e -> e.applicantId() == applicant)
                .get(0).applicantAccountId());
        assertTrue(accounts.findById(account).isEmpty(), "the account went with the personal data");
    }

    @Test
    void personalDataErasedIsNotDeliveredWhenTheErasureIsRolledBack() throws Exception {
        long applicant = journey.invited();
        journey.withdraw(applicant);

        inRolledBackTransaction(this::eraseEverythingExpired);

        assertNotPublished(PersonalDataErased.class, "applicantId", applicant, e -> e.applicantId() == applicant);
        assertTrue(journey.applicants.detail(applicant).isPresent(), "nothing was erased");
    }

    @Test
    void personalDataErasedIsRetriedAfterAnObserverFailed() {
        long applicant = journey.invited();
        journey.withdraw(applicant);
        RecordingObserver.failOnce(e -> e instanceof PersonalDataErased erased && erased.applicantId() == applicant);

        eraseEverythingExpired();

        assertRetriedAfterObserverFailure(PersonalDataErased.class, "applicantId", applicant,
                e -> e.applicantId() == applicant, () -> { });
    }

    // ---- ContractConcluded

    @Test
    void contractConcludedIsDeliveredOnceWithBothAccounts() {
        long applicant = journey.passed();
        ContractView contract = journey.contract(applicant);

        assertDeliveredOnce(RECRUITMENT, ContractConcluded.class, "contractId", contract.getId(),
                e -> e.contractId() == contract.getId());
        ContractConcluded event = RecordingObserver.delivered(ContractConcluded.class,
                e -> e.contractId() == contract.getId()).get(0);
        assertEquals(journey.detail(applicant).getPortalAccountId(), event.applicantAccountId());
        assertEquals(accounts.findByUsername(contract.getContractorUsername()).orElseThrow().getId(),
                event.contractorAccountId());
        assertEquals(contract.getStartDate(), event.startDate());
    }

    @Test
    void contractConcludedIsNotDeliveredWhenTheContractIsRolledBack() throws Exception {
        long applicant = journey.passed();

        inRolledBackTransaction(() -> journey.contract(applicant));

        assertNotPublished(ContractConcluded.class, "applicantId", applicant, e -> e.applicantId() == applicant);
    }

    @Test
    void contractConcludedIsRetriedAfterAnObserverFailed() {
        long applicant = journey.passed();
        RecordingObserver.failOnce(e -> e instanceof ContractConcluded c && c.applicantId() == applicant);

        journey.contract(applicant);

        assertRetriedAfterObserverFailure(ContractConcluded.class, "applicantId", applicant,
                e -> e.applicantId() == applicant, () -> { });
    }

    // ---- ContractSuspended

    @Test
    void contractSuspendedIsDeliveredOnce() {
        ContractView contract = journey.contract(journey.passed());
        suspend(contract);

        assertDeliveredOnce(RECRUITMENT, ContractSuspended.class, "contractId", contract.getId(),
                e -> e.contractId() == contract.getId());
        assertEquals(accounts.findByUsername(contract.getContractorUsername()).orElseThrow().getId(),
                RecordingObserver.delivered(ContractSuspended.class, e -> e.contractId() == contract.getId())
                        .get(0).contractorAccountId());
    }

    @Test
    void contractSuspendedIsNotDeliveredWhenTheSuspensionIsRolledBack() throws Exception {
        ContractView contract = journey.contract(journey.passed());

        inRolledBackTransaction(() -> suspend(contract));

        assertNotPublished(ContractSuspended.class, "contractId", contract.getId(), e -> e.contractId() == contract.getId());
    }

    @Test
    void contractSuspendedIsRetriedAfterAnObserverFailed() {
        ContractView contract = journey.contract(journey.passed());
        RecordingObserver.failOnce(e -> e instanceof ContractSuspended s && s.contractId() == contract.getId());

        suspend(contract);

        assertRetriedAfterObserverFailure(ContractSuspended.class, "contractId", contract.getId(),
                e -> e.contractId() == contract.getId(), () -> { });
    }

    // ---- ContractResumed

    @Test
    void contractResumedIsDeliveredOnce() {
        ContractView suspended = suspend(journey.contract(journey.passed()));
        resume(suspended);

        assertDeliveredOnce(RECRUITMENT, ContractResumed.class, "contractId", suspended.getId(),
                e -> e.contractId() == suspended.getId());
    }

    @Test
    void contractResumedIsNotDeliveredWhenTheResumptionIsRolledBack() throws Exception {
        ContractView suspended = suspend(journey.contract(journey.passed()));

        inRolledBackTransaction(() -> resume(suspended));

        assertNotPublished(ContractResumed.class, "contractId", suspended.getId(), e -> e.contractId() == suspended.getId());
    }

    @Test
    void contractResumedIsRetriedAfterAnObserverFailed() {
        ContractView suspended = suspend(journey.contract(journey.passed()));
        RecordingObserver.failOnce(e -> e instanceof ContractResumed r && r.contractId() == suspended.getId());

        resume(suspended);

        assertRetriedAfterObserverFailure(ContractResumed.class, "contractId", suspended.getId(),
                e -> e.contractId() == suspended.getId(), () -> { });
    }

    // ---- ContractEnded

    @Test
    void contractEndedIsDeliveredOnceWithTheEndDate() {
        ContractView contract = journey.contract(journey.passed());
        LocalDate endDate = end(contract);

        assertDeliveredOnce(RECRUITMENT, ContractEnded.class, "contractId", contract.getId(),
                e -> e.contractId() == contract.getId());
        assertEquals(endDate, RecordingObserver.delivered(ContractEnded.class, e -> e.contractId() == contract.getId())
                .get(0).endDate());
    }

    @Test
    void contractEndedIsNotDeliveredWhenTheEndIsRolledBack() throws Exception {
        ContractView contract = journey.contract(journey.passed());

        inRolledBackTransaction(() -> end(contract));

        assertNotPublished(ContractEnded.class, "contractId", contract.getId(), e -> e.contractId() == contract.getId());
    }

    @Test
    void contractEndedIsRetriedAfterAnObserverFailed() {
        ContractView contract = journey.contract(journey.passed());
        RecordingObserver.failOnce(e -> e instanceof ContractEnded ended && ended.contractId() == contract.getId());

        end(contract);

        assertRetriedAfterObserverFailure(ContractEnded.class, "contractId", contract.getId(),
                e -> e.contractId() == contract.getId(), () -> { });
    }

    // ---- helpers

    private ContractView suspend(ContractView contract) {
        return journey.contracts.suspend(contract.getId(), contract.getVersion(), "長期の不在", RECRUITER);
    }

    private void resume(ContractView contract) {
        journey.contracts.resume(contract.getId(), contract.getVersion(), RECRUITER);
    }

    private LocalDate end(ContractView contract) {
        LocalDate endDate = contract.getStartDate().plusMonths(2);
        journey.contracts.end(contract.getId(), contract.getVersion(), endDate, "契約期間満了", RECRUITER);
        return endDate;
    }

    /** After the retention period of everything closed so far; each run erases a bounded batch. */
    private void eraseEverythingExpired() {
        Instant afterRetention = Instant.now().plus(Duration.ofDays(400));
        while (retention.eraseExpired(afterRetention, Actor.system()) > 0) {
            // earlier tests may have left closed applicants too
        }
    }
}
