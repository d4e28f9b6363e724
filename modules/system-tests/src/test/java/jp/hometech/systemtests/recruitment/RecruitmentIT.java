package jp.hometech.systemtests.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.audit.AuditEntryView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQuery;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.BookingCommand;
import jp.hometech.recruitment.api.BookingResult;
import jp.hometech.recruitment.api.QualificationEntry;
import jp.hometech.recruitment.api.ConsentService;
import jp.hometech.recruitment.api.ConsentUpload;
import jp.hometech.recruitment.api.ContractCommand;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.recruitment.api.InterviewDevice;
import jp.hometech.recruitment.api.InterviewOutcomeCommand;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.R4cTopic;
import jp.hometech.recruitment.api.RuleOutcome;
import jp.hometech.recruitment.api.RuleResultView;
import jp.hometech.recruitment.api.ScreeningDecision;
import jp.hometech.recruitment.api.ScreeningOutcome;
import jp.hometech.recruitment.api.ScreeningRule;
import jp.hometech.recruitment.api.SlotBatch;
import jp.hometech.recruitment.api.SupportWorkEntry;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.recruitment.api.PersonalDataRetentionService;
import java.time.Instant;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recruitment module through its api, inside WildFly against PostgreSQL: apply, book, outcome, consent, contract. */
@ExtendWith(ArquillianExtension.class)
class RecruitmentIT {

    private static final Actor PUBLIC = new Actor("anonymous", "192.0.2.10");
    private static final Actor RECRUITER = new Actor("it-recruiter", "192.0.2.20");
    private static final String PASSWORD = "applicant-pass-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultApplicationService!jp.hometech.recruitment.api.ApplicationService")
    ApplicationService applications;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultApplicantQueryService!jp.hometech.recruitment.api.ApplicantQueryService")
    ApplicantQueryService applicants;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultInterviewService!jp.hometech.recruitment.api.InterviewService")
    InterviewService interviews;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultConsentService!jp.hometech.recruitment.api.ConsentService")
    ConsentService consents;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultContractService!jp.hometech.recruitment.api.ContractService")
    ContractService contracts;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAccountService!jp.hometech.platform.api.account.AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAuditLog!jp.hometech.platform.api.audit.AuditLog")
    AuditLog auditLog;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultPersonalDataRetentionService!jp.hometech.recruitment.api.PersonalDataRetentionService")
    PersonalDataRetentionService retention;

    @Test
    void withdrawnApplicantIsErasedAfterTheRetentionPeriodWithTheirAccountAndMayApplyAgain() {
        String email = uniqueEmail();
        applications.apply(adultWithQualification(email), PUBLIC);
        applications.withdrawOwn(email, new Actor(email, "192.0.2.30"));

        Instant afterRetention = Instant.now().plus(Duration.ofDays(400));
        while (retention.eraseExpired(afterRetention, Actor.system()) > 0) {
            // each run erases a bounded batch; earlier tests may have left closed applicants too
        }

        assertTrue(applicants.ownApplication(email).isEmpty());
        assertTrue(accounts.findByUsername(email).isEmpty());
        assertEquals(0, auditLog.search(new AuditQuery(email, null, null, null, null, null), PageRequest.first(10)).totalCount());
        assertEquals(ScreeningDecision.INVITED_TO_INTERVIEW, applications.apply(adultWithQualification(email), PUBLIC).getDecision());
    }

    @Test
    void eligibleApplicantIsInvitedAndGetsAnApplicantAccount_R4a() {
        String email = uniqueEmail();

        ScreeningOutcome outcome = applications.apply(adultWithQualification(email), PUBLIC);

        assertEquals(ScreeningDecision.INVITED_TO_INTERVIEW, outcome.getDecision());
        assertEquals(QualificationRoute.QUALIFICATION, outcome.getQualificationRoute());
        assertEquals(email, outcome.getPortalUsername());
        AccountView account = accounts.findByUsername(email).orElseThrow();
        assertEquals(Set.of(Role.APPLICANT), account.getRoles());
        assertEquals(ApplicantStatus.INVITED, applicants.ownApplication(email).orElseThrow().getStatus());
        assertEquals(1, applicants.search(byText(email), PageRequest.first(10)).totalCount());
    }

    @Test
    void secondApplicationWithTheSameEmailIsRefusedAndNotStored() {
        String email = uniqueEmail();
        applications.apply(adultWithQualification(email), PUBLIC);

        BusinessException refused = assertThrows(BusinessException.class,
                () -> applications.apply(adultWithQualification(email.toUpperCase()), PUBLIC));

        assertEquals("recruitment.application.duplicateEmail", refused.messageKey());
        assertEquals(1, applicants.search(byText(email), PageRequest.first(10)).totalCount());
    }

    @Test
    void fifteenYearOldIsRejectedAndTheDecidingRuleIsRecorded_R1_R8() {
        String email = uniqueEmail();
        LocalDate fifteen = today().minusYears(15).minusDays(3);

        ScreeningOutcome outcome = applications.apply(form(email, fifteen, false, qualification(), List.of(), false), PUBLIC);

        assertEquals(ScreeningDecision.REJECTED, outcome.getDecision());
        assertEquals(ScreeningRule.R1, outcome.getDecidingRule());
        assertEquals("recruitment.screening.R1.failed", outcome.getReasonKey());
        assertNull(outcome.getPortalUsername(), "a rejected applicant gets no portal account");
        assertTrue(accounts.findByUsername(email).isEmpty());
        ApplicantDetail detail = applicants.detail(outcome.getApplicantId()).orElseThrow();
        assertEquals(ApplicantStatus.REJECTED, detail.getStatus());
        assertEquals(ScreeningRule.R1, detail.getDecidingRule());
        assertEquals("recruitment.screening.R1.failed", detail.getDecisionReasonKey());
        RuleResultView r1 = detail.getScreening().stream().filter(r -> r.getRule() == ScreeningRule.R1).findFirst().orElseThrow();
        assertEquals(RuleOutcome.FAILED, r1.getOutcome());
        assertEquals("15", r1.getArguments().get(0));
    }

    @Test
    void minorInHighSchoolIsRejectedByR2() {
        String email = uniqueEmail();

        ScreeningOutcome outcome = applications.apply(form(email, today().minusYears(17).minusDays(20), true,
                qualification(), List.of(), false), PUBLIC);

        assertEquals(ScreeningDecision.REJECTED, outcome.getDecision());
        assertEquals(ScreeningRule.R2, outcome.getDecidingRule());
        assertEquals(ScreeningRule.R2, applicants.detail(outcome.getApplicantId()).orElseThrow().getDecidingRule());
    }

    @Test
    void badInputStoresNothing() {
        String email = uniqueEmail();
        ApplicationForm good = adultWithQualification(email);
        ApplicationForm withoutConsent = new ApplicationForm(good.nameKanji(), good.nameKana(), good.birthDate(), email,
                good.phone(), good.address(), false, good.qualifications(), List.of(), false, true, true, false,
                PASSWORD.toCharArray(), "ja");
        ApplicationForm tooShortPassword = new ApplicationForm(good.nameKanji(), good.nameKana(), good.birthDate(), email,
                good.phone(), good.address(), false, good.qualifications(), List.of(), false, true, true, true,
                "short".toCharArray(), "ja");

        BusinessException noConsent = assertThrows(BusinessException.class, () -> applications.apply(withoutConsent, PUBLIC));
        BusinessException shortPassword = assertThrows(BusinessException.class, () -> applications.apply(tooShortPassword, PUBLIC));

        assertEquals("recruitment.application.personalDataConsentRequired", noConsent.messageKey());
        assertEquals("platform.password.tooShort", shortPassword.messageKey());
        assertEquals(0, applicants.search(byText(email), PageRequest.first(10)).totalCount(),
                "the applicant row is rolled back with the refused account");
        assertTrue(accounts.findByUsername(email).isEmpty());
        assertEquals(ScreeningDecision.INVITED_TO_INTERVIEW, applications.apply(good, PUBLIC).getDecision(),
                "the same email can apply once the input is right");
    }

    @Test
    void twoApplicantsTakingTheLastPlaceAtOnce_oneGetsItTheOtherIsToldClearly_R7() throws Exception {
        InterviewSlotView slot = oneSlot(1);
        String first = invitedApplicant();
        String second = invitedApplicant();
        ManagedExecutorService executor = managedExecutor();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BookingResult>> attempts = new ArrayList<>();
        for (String username : List.of(first, second)) {
            Callable<BookingResult> booking = () -> {
                start.await(10, TimeUnit.SECONDS);
                return interviews.book(username, pcBooking(slot.getId()), new Actor(username, "192.0.2.30"));
            };
            attempts.add(executor.submit(booking));
        }
        start.countDown();

        int booked = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<BookingResult> attempt : attempts) {
            try {
                assertNotNull(attempt.get(30, TimeUnit.SECONDS).getBooking());
                booked++;
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                while (!(cause instanceof BusinessException) && cause != null && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                assertTrue(cause instanceof BusinessException, "refused with a BusinessException: " + e.getCause());
                refusals.add(((BusinessException) cause).messageKey());
            }
        }

        assertEquals(1, booked);
        assertEquals(List.of("recruitment.booking.slotFull"), refusals);
        assertEquals(1, interviews.listBookings(slot.getId()).size());
        InterviewSlotView after = interviews.listSlots(slot.getStartsAt().atZone(JapaneseCalendar.ZONE).toLocalDate(),
                slot.getStartsAt().atZone(JapaneseCalendar.ZONE).toLocalDate()).stream()
                .filter(s -> s.getId() == slot.getId()).findFirst().orElseThrow();
        assertTrue(after.isFull());
    }

    @Test
    void tabletAloneIsRefusedAndNotAttendingTheNextCohortOnlyWarns_R7() {
        InterviewSlotView slot = oneSlot(2);
        String username = invitedApplicant();

        BusinessException refused = assertThrows(BusinessException.class, () -> interviews.book(username,
                new BookingCommand(slot.getId(), InterviewDevice.TABLET, false, true), new Actor(username, "192.0.2.31")));
        BookingResult booked = interviews.book(username,
                new BookingCommand(slot.getId(), InterviewDevice.TABLET, true, false), new Actor(username, "192.0.2.31"));

        assertEquals("recruitment.booking.mobileDeviceAlone", refused.messageKey());
        assertTrue(booked.isNextCohortWarning());
        assertEquals(ApplicantStatus.INTERVIEW_BOOKED, applicants.ownApplication(username).orElseThrow().getStatus());
    }

    @Test
    void passIsRecordedWithItsObservableEffects() {
        InterviewSlotView slot = oneSlot(1);
        String username = invitedApplicant();
        interviews.book(username, pcBooking(slot.getId()), new Actor(username, "192.0.2.32"));
        ApplicantDetail booked = detailOf(username);

        interviews.recordOutcome(booked.getId(), booked.getVersion(),
                new InterviewOutcomeCommand(true, "話が分かりやすい", Set.of(), null), RECRUITER);

        ApplicantDetail passed = applicants.detail(booked.getId()).orElseThrow();
        assertEquals(ApplicantStatus.PASSED, passed.getStatus());
        assertTrue(passed.getInterviewOutcome().isPassed());
        assertEquals("it-recruiter", passed.getInterviewOutcome().getRecordedBy());
        assertTrue(passed.getHistory().stream().anyMatch(h -> h.getAction().equals("INTERVIEW_PASSED")));
        List<AuditEntryView> audit = auditLog.search(new AuditQuery("it-recruiter", "recruitment", "INTERVIEW_PASSED",
                "applicant#" + booked.getId(), null, null), PageRequest.first(50)).rows();
        assertTrue(audit.stream().anyMatch(e -> e.getSubject().equals("applicant#" + booked.getId())), audit.toString());
    }

    @Test
    void selfDeclaredApplicantPassesOnlyWithEveryTopicConfirmed_R4c() {
        InterviewSlotView slot = oneSlot(1);
        String email = uniqueEmail();
        ScreeningOutcome outcome = applications.apply(form(email, today().minusYears(25), false, List.of(), List.of(), true), PUBLIC);
        assertEquals(ScreeningDecision.INVITED_TO_INTERVIEW, outcome.getDecision());
        assertEquals(QualificationRoute.SELF_DECLARATION, outcome.getQualificationRoute());
        interviews.book(email, pcBooking(slot.getId()), new Actor(email, "192.0.2.33"));
        ApplicantDetail booked = detailOf(email);
        Set<R4cTopic> allButOne = EnumSet.allOf(R4cTopic.class);
        allButOne.remove(R4cTopic.UNINSTALL_AND_FORCE_QUIT_RISKS);

        BusinessException refused = assertThrows(BusinessException.class, () -> interviews.recordOutcome(booked.getId(),
                booked.getVersion(), new InterviewOutcomeCommand(true, null, allButOne, null), RECRUITER));
        interviews.recordOutcome(booked.getId(), booked.getVersion(),
                new InterviewOutcomeCommand(true, null, EnumSet.allOf(R4cTopic.class), null), RECRUITER);

        assertEquals("recruitment.interview.r4cNotConfirmed", refused.messageKey());
        ApplicantDetail passed = applicants.detail(booked.getId()).orElseThrow();
        assertEquals(ApplicantStatus.PASSED, passed.getStatus());
        assertTrue(passed.getInterviewOutcome().isR4cConfirmed());
    }

    @Test
    void minorGetsAContractOnlyOnceTheConsentIsVerified_R3() {
        InterviewSlotView slot = oneSlot(1);
        String email = uniqueEmail();
        ScreeningOutcome outcome = applications.apply(form(email, today().minusYears(17).minusDays(40), false,
                qualification(), List.of(), false), PUBLIC);
        assertTrue(outcome.isParentalConsentRequired());
        interviews.book(email, pcBooking(slot.getId()), new Actor(email, "192.0.2.34"));
        ApplicantDetail booked = detailOf(email);
        interviews.recordOutcome(booked.getId(), booked.getVersion(), new InterviewOutcomeCommand(true, null, Set.of(), null),
                RECRUITER);
        String contractor = "c-" + UUID.randomUUID().toString().substring(0, 8);

        BusinessException withoutConsent = assertThrows(BusinessException.class,
                () -> contracts.conclude(contract(booked.getId(), contractor), RECRUITER));
        BusinessException wrongType = assertThrows(BusinessException.class, () -> consents.upload(booked.getId(),
                new ConsentUpload("consent.txt", "text/plain", "signed".getBytes(StandardCharsets.UTF_8)), RECRUITER));
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> consents.upload(booked.getId(),
                new ConsentUpload("consent.pdf", "application/pdf", pdf(5 * 1024 * 1024 + 1)), RECRUITER));
        consents.upload(booked.getId(), new ConsentUpload("consent.pdf", "application/pdf", pdf(2048)), RECRUITER);
        BusinessException unverified = assertThrows(BusinessException.class,
                () -> contracts.conclude(contract(booked.getId(), contractor), RECRUITER));
        consents.verify(booked.getId(), consents.find(booked.getId()).orElseThrow().getVersion(), RECRUITER);
        ContractView concluded = contracts.conclude(contract(booked.getId(), contractor), RECRUITER);

        assertEquals("recruitment.contract.consentNotVerified", withoutConsent.messageKey());
        assertEquals("recruitment.consent.typeNotAllowed", wrongType.messageKey());
        assertEquals("recruitment.consent.tooLarge", tooLarge.messageKey());
        assertEquals("recruitment.contract.consentNotVerified", unverified.messageKey());
        assertEquals(ContractStatus.ACTIVE, concluded.getStatus());
        assertEquals(contractor, concluded.getContractorUsername());
        assertEquals(Set.of(Role.CONTRACTOR), accounts.findByUsername(contractor).orElseThrow().getRoles());
        assertEquals(ApplicantStatus.CONTRACTED, applicants.detail(booked.getId()).orElseThrow().getStatus());
        assertEquals(1, applicants.search(new ApplicantQuery(ApplicantStatus.CONTRACTED, null, null, null, true, email),
                PageRequest.first(10)).totalCount(), "found by the status and minor filters");
        assertEquals(0, applicants.search(new ApplicantQuery(null, null, null, null, false, email),
                PageRequest.first(10)).totalCount());
    }

    @Test
    void csvExportHoldsTheFilteredApplicants() {
        String email = uniqueEmail();
        applications.apply(adultWithQualification(email), PUBLIC);

        String csv = applicants.exportCsv(byText(email), "appliedOn", false);

        String[] lines = csv.strip().split("\r?\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].contains(email), csv);
    }

    // ---- helpers: every test makes its own data

    private static LocalDate today() {
        return JapaneseCalendar.standard().today();
    }

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.jp";
    }

    private static ApplicantQuery byText(String text) {
        return new ApplicantQuery(null, null, null, null, null, text);
    }

    private static List<QualificationEntry> qualification() {
        return List.of(new QualificationEntry("IT_PASSPORT", today().minusYears(1)));
    }

    private static ApplicationForm adultWithQualification(String email) {
        return form(email, today().minusYears(30).minusDays(5), false, qualification(), List.of(), false);
    }

    private static ApplicationForm form(String email, LocalDate birthDate, boolean highSchool,
                                        List<QualificationEntry> qualifications, List<SupportWorkEntry> supportWork,
                                        boolean selfDeclared) {
        return new ApplicationForm("試験 太郎", "シケン タロウ", birthDate, email, "0312345678", "東京都千代田区1-1-1",
                highSchool, qualifications, supportWork, selfDeclared, true, true, true, PASSWORD.toCharArray(), "ja");
    }

    private String invitedApplicant() {
        String email = uniqueEmail();
        assertTrue(applications.apply(adultWithQualification(email), PUBLIC).isInvited());
        return email;
    }

    private ApplicantDetail detailOf(String username) {
        return applicants.detail(applicants.ownApplication(username).orElseThrow().getApplicantId()).orElseThrow();
    }

    /** A slot of its own interviewer, some weeks ahead, so no other test's slots get in the way. */
    private InterviewSlotView oneSlot(int capacity) {
        LocalDate day = today().plusDays(20 + ThreadLocalRandom.current().nextInt(40));
        List<InterviewSlotView> created = interviews.createSlots(new SlotBatch(List.of(day), List.of(LocalTime.of(10, 0)), 30,
                "面接官-" + UUID.randomUUID().toString().substring(0, 8), capacity), RECRUITER);
        assertEquals(1, created.size());
        return created.get(0);
    }

    private static BookingCommand pcBooking(long slotId) {
        return new BookingCommand(slotId, InterviewDevice.PC_WITH_CAMERA, true, true);
    }

    /** With the version the applicant has now, as a recruiter who just opened the page would send it. */
    private ContractCommand contract(long applicantId, String username) {
        return new ContractCommand(applicantId, applicants.detail(applicantId).orElseThrow().getVersion(), null, today().plusDays(30), true, username,
                "contractor-pass-2026".toCharArray());
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static ManagedExecutorService managedExecutor() throws NamingException {
        InitialContext context = new InitialContext();
        try {
            return (ManagedExecutorService) context.lookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException notInThisComponent) {
            return (ManagedExecutorService) context.lookup("java:jboss/ee/concurrency/executor/default");
        }
    }
}
