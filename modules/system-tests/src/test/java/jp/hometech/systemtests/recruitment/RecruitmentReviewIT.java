package jp.hometech.systemtests.recruitment;

import jakarta.ejb.EJB;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.BookingCommand;
import jp.hometech.recruitment.api.QualificationEntry;
import jp.hometech.recruitment.api.InterviewDevice;
import jp.hometech.recruitment.api.InterviewFailureBasis;
import jp.hometech.recruitment.api.InterviewFailureCount;
import jp.hometech.recruitment.api.InterviewFailureReasonDefinition;
import jp.hometech.recruitment.api.InterviewFailureReasonService;
import jp.hometech.recruitment.api.InterviewFailureReasonView;
import jp.hometech.recruitment.api.InterviewOutcomeCommand;
import jp.hometech.recruitment.api.InterviewOutcomeView;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.R4cTopic;
import jp.hometech.recruitment.api.SlotBatch;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed interview's deciding reason as data (R8), and the phone numbers the application form reads. */
@ExtendWith(ArquillianExtension.class)
class RecruitmentReviewIT {

    private static final Actor PUBLIC = new Actor("anonymous", "192.0.2.10");
    private static final Actor RECRUITER = new Actor("it-recruiter", "192.0.2.20");
    private static final Actor ADMIN = new Actor("it-admin", "192.0.2.21");

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

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultInterviewFailureReasonService!jp.hometech.recruitment.api.InterviewFailureReasonService")
    InterviewFailureReasonService reasons;

    @Test
    void failOnTheR4cTopicsRecordsWhichTopicsWereNotExplainedAndCountsIt_R8() {
        long before = count(InterviewFailureBasis.R4C_TOPICS, null);
        ApplicantDetail booked = bookedApplicant(true, "0312345678");
        Set<R4cTopic> confirmed = EnumSet.allOf(R4cTopic.class);
        confirmed.remove(R4cTopic.LOCAL_VS_GLOBAL_IP_ADDRESS);
        confirmed.remove(R4cTopic.UNINSTALL_AND_FORCE_QUIT_RISKS);

        interviews.recordOutcome(booked.getId(), booked.getVersion(),
                InterviewOutcomeCommand.failOnTopics("IPアドレスの説明が曖昧", confirmed), RECRUITER);

        ApplicantDetail failed = applicants.detail(booked.getId()).orElseThrow();
        InterviewOutcomeView outcome = failed.getInterviewOutcome();
        assertEquals(ApplicantStatus.FAILED, failed.getStatus());
        assertEquals(InterviewFailureBasis.R4C_TOPICS, outcome.getFailureBasis());
        assertNull(outcome.getFailureReasonCode());
        assertEquals(List.of(R4cTopic.LOCAL_VS_GLOBAL_IP_ADDRESS, R4cTopic.UNINSTALL_AND_FORCE_QUIT_RISKS),
                outcome.getNotExplainedTopics());
        assertEquals("IPアドレスの説明が曖昧", outcome.getNotes());
        assertEquals(before + 1, count(InterviewFailureBasis.R4C_TOPICS, null));
    }

    @Test
    void failForAListedReasonRecordsItsCodeWithItsNamesAndCountsIt_R8() {
        long before = count(InterviewFailureBasis.REASON, "NO_SHOW");
        ApplicantDetail booked = bookedApplicant(false, "0312345678");

        interviews.recordOutcome(booked.getId(), booked.getVersion(),
                InterviewOutcomeCommand.failFor("NO_SHOW", null, Set.of()), RECRUITER);

        InterviewOutcomeView outcome = applicants.detail(booked.getId()).orElseThrow().getInterviewOutcome();
        assertFalse(outcome.isPassed());
        assertEquals(InterviewFailureBasis.REASON, outcome.getFailureBasis());
        assertEquals("NO_SHOW", outcome.getFailureReasonCode());
        assertEquals("面接に参加しなかった", outcome.getFailureReasonNameJa());
        assertEquals("Did not attend the interview", outcome.getFailureReasonNameEn());
        assertEquals(before + 1, count(InterviewFailureBasis.REASON, "NO_SHOW"));
    }

    @Test
    void aFailWithoutADecidingReasonIsRefusedAndChangesNothing_R8() {
        ApplicantDetail booked = bookedApplicant(true, "0312345678");

        BusinessException none = assertThrows(BusinessException.class, () -> interviews.recordOutcome(booked.getId(),
                booked.getVersion(), new InterviewOutcomeCommand(false, "free text only", Set.of(), null, null), RECRUITER));
        BusinessException allConfirmed = assertThrows(BusinessException.class, () -> interviews.recordOutcome(
                booked.getId(), booked.getVersion(),
                InterviewOutcomeCommand.failOnTopics(null, EnumSet.allOf(R4cTopic.class)), RECRUITER));
        BusinessException unknown = assertThrows(BusinessException.class, () -> interviews.recordOutcome(booked.getId(),
                booked.getVersion(), InterviewOutcomeCommand.failFor("NO_SUCH_REASON", null, Set.of()), RECRUITER));

        assertEquals("recruitment.interview.failureReasonRequired", none.messageKey());
        assertEquals("recruitment.interview.failureTopicsAllConfirmed", allConfirmed.messageKey());
        assertEquals("recruitment.interview.failureReasonUnknown", unknown.messageKey());
        ApplicantDetail unchanged = applicants.detail(booked.getId()).orElseThrow();
        assertEquals(ApplicantStatus.INTERVIEW_BOOKED, unchanged.getStatus());
        assertNull(unchanged.getInterviewOutcome());
    }

    @Test
    void adminAddsAReasonAndAReasonTakenOutOfUseCanNoLongerDecide_R8() {
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        InterviewFailureReasonView created = reasons.create(
                new InterviewFailureReasonDefinition(code, "試験の理由", "A test reason", true, 500), ADMIN);
        assertTrue(reasons.listActive().stream().anyMatch(r -> r.getCode().equals(code)));
        BusinessException taken = assertThrows(BusinessException.class, () -> reasons.create(
                new InterviewFailureReasonDefinition(code, "重複", "Duplicate", true, 501), ADMIN));
        assertEquals("recruitment.failureReason.codeTaken", taken.messageKey());

        reasons.update(created.getId(), created.getVersion(),
                new InterviewFailureReasonDefinition(code, "試験の理由（停止）", "A test reason (retired)", false, 500), ADMIN);
        ApplicantDetail booked = bookedApplicant(false, "0312345678");
        BusinessException retired = assertThrows(BusinessException.class, () -> interviews.recordOutcome(booked.getId(),
                booked.getVersion(), InterviewOutcomeCommand.failFor(code, null, Set.of()), RECRUITER));

        assertEquals("recruitment.interview.failureReasonUnknown", retired.messageKey());
        assertFalse(reasons.listActive().stream().anyMatch(r -> r.getCode().equals(code)));
        assertTrue(reasons.listAll().stream().anyMatch(r -> r.getCode().equals(code) && !r.isActive()));
    }

    @Test
    void applicationFormAcceptsTheMacMinusAndPlus81WithTrunkZeroAndStoresTheNationalNumber() {
        for (String phone : List.of("03\u22121234\u22125678", "03\u20131234\u20135678", "03\u20151234\u20155678",
                "+81 (0)3-1234-5678")) {
            String email = uniqueEmail();
            assertTrue(applications.apply(form(email, false, phone), PUBLIC).isInvited(), phone);
            ApplicantDetail detail = applicants.detail(applicants.ownApplication(email).orElseThrow().getApplicantId())
                    .orElseThrow();
            assertEquals("0312345678", detail.getPhone(), phone);
        }
    }

    private long count(InterviewFailureBasis basis, String code) {
        LocalDate today = LocalDate.now(JapaneseCalendar.ZONE);
        return reasons.countFailures(today.minusDays(1), today.plusDays(1)).stream()
                .filter(c -> c.getBasis() == basis && java.util.Objects.equals(c.getReasonCode(), code))
                .mapToLong(InterviewFailureCount::getCount).sum();
    }

    private ApplicantDetail bookedApplicant(boolean selfDeclared, String phone) {
        LocalDate day = LocalDate.now(JapaneseCalendar.ZONE).plusDays(20 + ThreadLocalRandom.current().nextInt(40));
        InterviewSlotView slot = interviews.createSlots(new SlotBatch(List.of(day), List.of(LocalTime.of(11, 0)), 30,
                "面接官-" + UUID.randomUUID().toString().substring(0, 8), 1), RECRUITER).get(0);
        String email = uniqueEmail();
        assertTrue(applications.apply(form(email, selfDeclared, phone), PUBLIC).isInvited());
        interviews.book(email, new BookingCommand(slot.getId(), InterviewDevice.PC_WITH_CAMERA, true, true),
                new Actor(email, "192.0.2.40"));
        return applicants.detail(applicants.ownApplication(email).orElseThrow().getApplicantId()).orElseThrow();
    }

    private static ApplicationForm form(String email, boolean selfDeclared, String phone) {
        List<QualificationEntry> certificates = selfDeclared ? List.of()
                : List.of(new QualificationEntry("IT_PASSPORT", LocalDate.now(JapaneseCalendar.ZONE).minusYears(1)));
        return new ApplicationForm("試験 花子", "シケン ハナコ", LocalDate.now(JapaneseCalendar.ZONE).minusYears(30), email,
                phone, "東京都千代田区1-1-1", false, certificates, List.of(), selfDeclared, true, true, true,
                "applicant-pass-2026".toCharArray(), "ja");
    }

    private static String uniqueEmail() {
        return "review-" + UUID.randomUUID().toString().substring(0, 12) + "@example.jp";
    }
}
