package jp.hometech.recruitment.internal.screening;

import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.ScreeningDecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static jp.hometech.recruitment.api.RuleOutcome.FAILED;
import static jp.hometech.recruitment.api.RuleOutcome.NOT_APPLICABLE;
import static jp.hometech.recruitment.api.RuleOutcome.PASSED;
import static jp.hometech.recruitment.api.RuleOutcome.TO_CONFIRM;
import static jp.hometech.recruitment.api.ScreeningRule.R1;
import static jp.hometech.recruitment.api.ScreeningRule.R2;
import static jp.hometech.recruitment.api.ScreeningRule.R3;
import static jp.hometech.recruitment.api.ScreeningRule.R4;
import static jp.hometech.recruitment.api.ScreeningRule.R4A;
import static jp.hometech.recruitment.api.ScreeningRule.R4B;
import static jp.hometech.recruitment.api.ScreeningRule.R4C;
import static jp.hometech.recruitment.api.ScreeningRule.R5;
import static jp.hometech.recruitment.api.ScreeningRule.R6;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningEngineTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 15);

    private static final QualificationClaim IT_PASSPORT = new QualificationClaim("IT_PASSPORT", "ITパスポート", true);
    private static final QualificationClaim PKEN_PRE_2 = new QualificationClaim("PKEN_PRE_2", "P検 準2級", true);
    private static final QualificationClaim PKEN_3 = new QualificationClaim("PKEN_3", "P検 3級", false);
    private static final QualificationClaim DOTCOM_BASIC = new QualificationClaim("DOTCOM_MASTER_BASIC", ".com Master BASIC", false);
    private static final QualificationClaim DOTCOM_ADVANCE = new QualificationClaim("DOTCOM_MASTER_ADVANCE", ".com Master ADVANCE", true);

    private final ScreeningEngine engine = new ScreeningEngine();

    /** An adult with a qualification, a PC and the obligations acknowledged: invited unless a test changes that. */
    private static final class Applicant {
        LocalDate applicationDate = APPLIED;
        LocalDate birthDate = APPLIED.minusYears(30);
        boolean highSchool;
        List<QualificationClaim> qualifications = new ArrayList<>(List.of(IT_PASSPORT));
        List<WorkPeriod> supportWork = new ArrayList<>();
        boolean selfDeclared;
        boolean pc = true;
        boolean obligations = true;

        Applicant born(LocalDate date) { birthDate = date; return this; }
        Applicant aged(int years) { birthDate = applicationDate.minusYears(years); return this; }
        Applicant inHighSchool() { highSchool = true; return this; }
        Applicant qualifications(QualificationClaim... claims) { qualifications = new ArrayList<>(List.of(claims)); return this; }
        Applicant supportWork(WorkPeriod... periods) { qualifications.clear(); supportWork = List.of(periods); return this; }
        Applicant selfDeclared() { selfDeclared = true; return this; }
        Applicant noQualificationClaimed() { qualifications.clear(); supportWork = List.of(); selfDeclared = false; return this; }
        Applicant noPc() { pc = false; return this; }
        Applicant obligationsNotAcknowledged() { obligations = false; return this; }

        ScreeningInput input() {
            return new ScreeningInput(applicationDate, birthDate, highSchool, qualifications, supportWork, selfDeclared, pc, obligations);
        }
    }

    private static Applicant applicant() {
        return new Applicant();
    }

    private ScreeningReport screen(Applicant applicant) {
        return engine.screen(applicant.input());
    }

    private static void assertRejectedBy(ScreeningReport report, jp.hometech.recruitment.api.ScreeningRule rule) {
        assertAll(() -> assertEquals(ScreeningDecision.REJECTED, report.decision()),
                () -> assertEquals(rule, report.decidingRule()),
                () -> assertEquals(FAILED, report.decidingResult().outcome()));
    }

    private static void assertInvited(ScreeningReport report) {
        assertEquals(ScreeningDecision.INVITED_TO_INTERVIEW, report.decision(), () -> "results: " + report.results());
    }

    @Nested
    class MinimumAge {

        @Test
        void acceptsSixteenExactlyOnTheApplicationDate_R1() {
            ScreeningReport report = screen(applicant().born(LocalDate.of(2009, 6, 15)));
            assertInvited(report);
            assertEquals(16, report.age());
            assertEquals(PASSED, report.outcome(R1));
            assertEquals("recruitment.screening.R1.passed", report.result(R1).messageKey());
        }

        @Test
        void rejectsOneDayShortOfSixteen_R1() {
            ScreeningReport report = screen(applicant().born(LocalDate.of(2009, 6, 16)));
            assertRejectedBy(report, R1);
            assertEquals(15, report.age());
            assertEquals("recruitment.screening.R1.failed", report.result(R1).messageKey());
            assertEquals(List.of("15", "2025-06-15", "2025-06-16"), report.result(R1).arguments(),
                    "age, application date and the first day the applicant may apply");
        }

        @Test
        void rejectsFifteenYearOldAndNamesR1EvenWhenOtherRulesFailToo_R1() {
            ScreeningReport report = screen(applicant().aged(15).inHighSchool().noPc());
            assertRejectedBy(report, R1);
            assertEquals(FAILED, report.outcome(R2));
            assertEquals(FAILED, report.outcome(R5));
        }

        @Test
        void leapDayBirthdayTurnsSixteenOnTheTwentyNinthInALeapYear_R1() {
            Applicant applicant = applicant().born(LocalDate.of(2008, 2, 29));
            applicant.applicationDate = LocalDate.of(2024, 2, 28);
            assertRejectedBy(screen(applicant), R1);
            applicant.applicationDate = LocalDate.of(2024, 2, 29);
            assertInvited(screen(applicant));
        }

        @Test
        void leapDayBirthdayTurnsOlderOnFirstMarchInACommonYear_R1() {
            assertEquals(16, Ages.ageOn(LocalDate.of(2008, 2, 29), LocalDate.of(2025, 2, 28)));
            assertEquals(17, Ages.ageOn(LocalDate.of(2008, 2, 29), LocalDate.of(2025, 3, 1)));
            assertEquals(LocalDate.of(2026, 3, 1), Ages.dayReaching(LocalDate.of(2008, 2, 29), 18));
        }

        @Test
        void hasNoUpperAgeLimit_R1() {
            assertInvited(screen(applicant().aged(85)));
        }
    }

    @Nested
    class HighSchoolAndMinors {

        @Test
        void rejectsSeventeenYearOldEnrolledInHighSchool_R2() {
            ScreeningReport report = screen(applicant().aged(17).inHighSchool());
            assertRejectedBy(report, R2);
            assertEquals("recruitment.screening.R2.failed", report.decidingResult().messageKey());
        }

        @Test
        void acceptsEighteenYearOldEnrolledInHighSchool_R2() {
            ScreeningReport report = screen(applicant().aged(18).inHighSchool());
            assertInvited(report);
            assertEquals(NOT_APPLICABLE, report.outcome(R2));
            assertFalse(report.parentalConsentRequired());
        }

        @Test
        void rejectsHighSchoolStudentOneDayBeforeTheirEighteenthBirthday_R2() {
            ScreeningReport report = screen(applicant().born(APPLIED.minusYears(18).plusDays(1)).inHighSchool());
            assertRejectedBy(report, R2);
        }

        @Test
        void acceptsSeventeenYearOldNotInSchoolAndFlagsParentalConsent_R3() {
            ScreeningReport report = screen(applicant().aged(17));
            assertInvited(report);
            assertEquals(PASSED, report.outcome(R2));
            assertEquals(TO_CONFIRM, report.outcome(R3));
            assertEquals("recruitment.screening.R3.consentRequired", report.result(R3).messageKey());
            assertTrue(report.minor());
            assertTrue(report.parentalConsentRequired());
        }

        @Test
        void needsNoParentalConsentFromAnAdult_R3() {
            ScreeningReport report = screen(applicant().aged(18));
            assertEquals(NOT_APPLICABLE, report.outcome(R3));
            assertFalse(report.parentalConsentRequired());
        }

        @Test
        void rejectedMinorNeedsNoConsentFlag_R3() {
            assertFalse(screen(applicant().aged(17).inHighSchool()).parentalConsentRequired());
        }
    }

    @Nested
    class Qualifications {

        @Test
        void acceptsPkenPre2_R4a() {
            ScreeningReport report = screen(applicant().qualifications(PKEN_PRE_2));
            assertInvited(report);
            assertEquals(R4A, report.decidingRule());
            assertEquals(PASSED, report.outcome(R4A));
            assertEquals(List.of("P検 準2級"), report.result(R4A).arguments());
            assertEquals(QualificationRoute.QUALIFICATION, report.route());
        }

        @Test
        void rejectsPken3AsOnlyQualification_R4a() {
            ScreeningReport report = screen(applicant().qualifications(PKEN_3));
            assertRejectedBy(report, R4);
            assertEquals(FAILED, report.outcome(R4A));
            assertEquals("recruitment.screening.R4a.notQualifying", report.result(R4A).messageKey());
            assertEquals(List.of("P検 3級"), report.result(R4A).arguments());
        }

        @Test
        void rejectsDotComMasterBasicAsOnlyQualification_R4a() {
            ScreeningReport report = screen(applicant().qualifications(DOTCOM_BASIC));
            assertRejectedBy(report, R4);
            assertEquals(FAILED, report.outcome(R4A));
        }

        @Test
        void acceptsDotComMasterAdvance_R4a() {
            assertInvited(screen(applicant().qualifications(DOTCOM_ADVANCE)));
        }

        @Test
        void oneQualificationAmongOthersIsEnough_R4a() {
            ScreeningReport report = screen(applicant().qualifications(PKEN_3, DOTCOM_BASIC, IT_PASSPORT));
            assertInvited(report);
            assertEquals(List.of("ITパスポート"), report.result(R4A).arguments());
        }
    }

    @Nested
    class SupportWork {

        @Test
        void acceptsTwelveMonthsEndingExactlyTwelveMonthsAgo_R4b() {
            ScreeningReport report = screen(applicant().supportWork(
                    new WorkPeriod(LocalDate.of(2023, 6, 16), LocalDate.of(2024, 6, 15))));
            assertInvited(report);
            assertEquals(R4B, report.decidingRule());
            assertEquals(PASSED, report.outcome(R4B));
            assertEquals(List.of("12", "2023-06-16", "2024-06-15"), report.result(R4B).arguments());
            assertEquals(QualificationRoute.SUPPORT_WORK, report.route());
        }

        @Test
        void rejectsTwelveMonthsEndingOneDayMoreThanTwelveMonthsAgo_R4b() {
            ScreeningReport report = screen(applicant().supportWork(
                    new WorkPeriod(LocalDate.of(2023, 6, 15), LocalDate.of(2024, 6, 14))));
            assertRejectedBy(report, R4);
            assertEquals("recruitment.screening.R4b.endedTooLongAgo", report.result(R4B).messageKey());
            assertEquals(List.of("2024-06-14", "2024-06-15"), report.result(R4B).arguments());
        }

        @Test
        void rejectsElevenMonths_R4b() {
            ScreeningReport report = screen(applicant().supportWork(
                    new WorkPeriod(LocalDate.of(2024, 7, 16), LocalDate.of(2025, 6, 15))));
            assertRejectedBy(report, R4);
            assertEquals(FAILED, report.outcome(R4B));
            assertEquals("recruitment.screening.R4b.tooShort", report.result(R4B).messageKey());
            assertEquals(List.of("11", "12"), report.result(R4B).arguments());
        }

        @Test
        void rejectsOneDayShortOfTwelveMonths_R4b() {
            assertRejectedBy(screen(applicant().supportWork(
                    new WorkPeriod(LocalDate.of(2023, 6, 17), LocalDate.of(2024, 6, 15)))), R4);
        }

        @Test
        void acceptsOngoingWorkOfTwelveMonths_R4b() {
            ScreeningReport report = screen(applicant().supportWork(WorkPeriod.ongoing(LocalDate.of(2024, 6, 16))));
            assertInvited(report);
            assertEquals("recruitment.screening.R4b.passedOngoing", report.result(R4B).messageKey());
        }

        @Test
        void rejectsOngoingWorkOneDayShortOfTwelveMonths_R4b() {
            assertRejectedBy(screen(applicant().supportWork(WorkPeriod.ongoing(LocalDate.of(2024, 6, 17)))), R4);
        }

        @Test
        void countsConsecutiveJobsAsOnePeriod_R4b() {
            ScreeningReport report = screen(applicant().supportWork(
                    new WorkPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
                    new WorkPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31))));
            assertInvited(report);
            assertEquals(List.of("12", "2024-01-01", "2024-12-31"), report.result(R4B).arguments());
        }

        @Test
        void doesNotBridgeAGapBetweenJobs_R4b() {
            assertRejectedBy(screen(applicant().supportWork(
                    new WorkPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
                    new WorkPeriod(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 12, 31)))), R4);
        }
    }

    @Nested
    class SelfDeclaration {

        @Test
        void invitesOnSelfDeclarationAloneToBeConfirmedAtTheInterview_R4c() {
            ScreeningReport report = screen(applicant().noQualificationClaimed().selfDeclared());
            assertInvited(report);
            assertEquals(R4C, report.decidingRule());
            assertEquals(TO_CONFIRM, report.outcome(R4C));
            assertEquals(TO_CONFIRM, report.outcome(R4));
            assertEquals(QualificationRoute.SELF_DECLARATION, report.route());
        }

        @Test
        void selfDeclarationIsNotNeededWhenAQualificationQualifies_R4c() {
            ScreeningReport report = screen(applicant().selfDeclared());
            assertEquals(NOT_APPLICABLE, report.outcome(R4C));
            assertEquals("recruitment.screening.R4c.notNeeded", report.result(R4C).messageKey());
            assertEquals(R4A, report.decidingRule());
        }

        @Test
        void failedQualificationAndShortWorkStillInviteWithSelfDeclaration_R4c() {
            Applicant applicant = applicant().qualifications(PKEN_3).selfDeclared();
            applicant.supportWork = List.of(WorkPeriod.ongoing(LocalDate.of(2025, 1, 1)));
            ScreeningReport report = screen(applicant);
            assertInvited(report);
            assertEquals(R4C, report.decidingRule());
        }

        @Test
        void interviewConfirmationSettlesR4cAndR4_R4c() {
            assertEquals(PASSED, ScreeningEngine.confirmedAtInterview(true, 8, 8).outcome());
            assertEquals(FAILED, ScreeningEngine.confirmedAtInterview(false, 7, 8).outcome());
            assertEquals(PASSED, ScreeningEngine.qualificationAfterInterview(true).outcome());
            assertEquals(FAILED, ScreeningEngine.qualificationAfterInterview(false).outcome());
        }
    }

    @Nested
    class NoQualification {

        @Test
        void rejectsApplicantWithNoRouteAtAll_R4() {
            ScreeningReport report = screen(applicant().noQualificationClaimed());
            assertRejectedBy(report, R4);
            assertEquals("recruitment.screening.R4.failed", report.decidingResult().messageKey());
            assertEquals(NOT_APPLICABLE, report.outcome(R4A));
            assertEquals(NOT_APPLICABLE, report.outcome(R4B));
            assertEquals(NOT_APPLICABLE, report.outcome(R4C));
            assertEquals(QualificationRoute.NONE, report.route());
        }
    }

    @Nested
    class PcAndObligations {

        @Test
        void rejectsWithoutAnInternetPc_R5() {
            assertRejectedBy(screen(applicant().noPc()), R5);
        }

        @Test
        void rejectsWithoutAcknowledgedMonthlyObligations_R6() {
            assertRejectedBy(screen(applicant().obligationsNotAcknowledged()), R6);
        }

        @Test
        void namesTheEarlierRuleWhenR5AndR6BothFail_R8() {
            assertRejectedBy(screen(applicant().noPc().obligationsNotAcknowledged()), R5);
        }
    }

    @Test
    void recordsEveryRuleInOrderWithAReasonKey_R8() {
        ScreeningReport report = screen(applicant());
        assertEquals(List.of(R1, R2, R3, R4A, R4B, R4C, R4, R5, R6),
                report.results().stream().map(RuleResult::rule).toList());
        report.results().forEach(r -> assertTrue(r.messageKey().startsWith("recruitment.screening." + r.rule().getId() + "."), r::toString));
    }
}
