package jp.hometech.systemtests.support;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.BookingCommand;
import jp.hometech.recruitment.api.QualificationEntry;
import jp.hometech.recruitment.api.ContractCommand;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.recruitment.api.InterviewDevice;
import jp.hometech.recruitment.api.InterviewOutcomeCommand;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.ScreeningOutcome;
import jp.hometech.recruitment.api.SlotBatch;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** An applicant's way through recruitment's api, for tests of what other modules see of it. */
public final class RecruitmentJourney {

    public static final Actor PUBLIC = new Actor("anonymous", "192.0.2.10");
    public static final Actor RECRUITER = new Actor("it-recruiter", "192.0.2.20");
    private static final String MODULE = "java:global/backoffice/recruitment/";

    public final ApplicationService applications = lookup("DefaultApplicationService", ApplicationService.class);
    public final ApplicantQueryService applicants = lookup("DefaultApplicantQueryService", ApplicantQueryService.class);
    public final InterviewService interviews = lookup("DefaultInterviewService", InterviewService.class);
    public final ContractService contracts = lookup("DefaultContractService", ContractService.class);

    public static String uniqueEmail() {
        return "ev-" + UUID.randomUUID().toString().substring(0, 12) + "@example.jp";
    }

    /** An adult with a qualifying certificate: invited, with a portal account named by the e-mail. */
    public long invited(String email) {
        LocalDate today = JapaneseCalendar.standard().today();
        ScreeningOutcome outcome = applications.apply(new ApplicationForm("イベント 太郎", "イベント タロウ",
                today.minusYears(30).minusDays(5), email, "0312345678", "東京都千代田区1-1-1", false,
                List.of(new QualificationEntry("IT_PASSPORT", today.minusYears(1))), List.of(), false, true, true, true,
                "applicant-pass-2026".toCharArray(), "ja"), PUBLIC);
        if (!outcome.isInvited()) {
            throw new AssertionError("not invited: " + outcome.getDecidingRule());
        }
        return outcome.getApplicantId();
    }

    public long invited() {
        return invited(uniqueEmail());
    }

    /** Books a slot of its own interviewer and records a pass, in the caller's transaction if there is one. */
    public void pass(long applicantId) {
        LocalDate day = JapaneseCalendar.standard().today().plusDays(20 + ThreadLocalRandom.current().nextInt(40));
        InterviewSlotView slot = interviews.createSlots(new SlotBatch(List.of(day), List.of(LocalTime.of(10, 0)), 30,
                "面接官-" + UUID.randomUUID().toString().substring(0, 8), 1), RECRUITER).get(0);
        String username = detail(applicantId).getPortalUsername();
        interviews.book(username, new BookingCommand(slot.getId(), InterviewDevice.PC_WITH_CAMERA, true, true),
                new Actor(username, "192.0.2.30"));
        interviews.recordOutcome(applicantId, detail(applicantId).getVersion(),
                new InterviewOutcomeCommand(true, null, Set.of(), null), RECRUITER);
    }

    public long passed() {
        long applicantId = invited();
        pass(applicantId);
        return applicantId;
    }

    public ContractView contract(long applicantId) {
        return contracts.conclude(new ContractCommand(applicantId, detail(applicantId).getVersion(), null,
                JapaneseCalendar.standard().today().plusDays(30), true,
                "ev-c-" + UUID.randomUUID().toString().substring(0, 8), "contractor-pass-2026".toCharArray()), RECRUITER);
    }

    public void withdraw(long applicantId) {
        applications.withdraw(applicantId, detail(applicantId).getVersion(), "家庭の事情", RECRUITER);
    }

    public ApplicantDetail detail(long applicantId) {
        return applicants.detail(applicantId).orElseThrow();
    }

    private static <T> T lookup(String bean, Class<T> view) {
        try {
            return InitialContext.doLookup(MODULE + bean + "!" + view.getName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
