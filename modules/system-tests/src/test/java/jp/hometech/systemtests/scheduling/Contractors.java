package jp.hometech.systemtests.scheduling;

import jp.hometech.platform.api.account.AccountService;
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
import jp.hometech.recruitment.api.SlotBatch;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A contractor with an active contract from today, made through recruitment's api the way a real one is made
 * (apply, interview booked and passed, contract concluded), so scheduling sees exactly what production sees.
 * Runs in the server (in-container tests and the fixture servlet of the browser tests).
 */
final class Contractors {

    static final String PASSWORD = "contractor-pass-2026";
    private static final Actor RECRUITER = new Actor("it-recruiter", "192.0.2.20");

    record Contractor(ContractView contract, long accountId, String username) {
        String number() {
            return contract.getContractNumber();
        }
    }

    static Contractor create() {
        try {
            InitialContext jndi = new InitialContext();
            ApplicationService applications = lookup(jndi, "recruitment/DefaultApplicationService", ApplicationService.class);
            ApplicantQueryService applicants = lookup(jndi, "recruitment/DefaultApplicantQueryService", ApplicantQueryService.class);
            InterviewService interviews = lookup(jndi, "recruitment/DefaultInterviewService", InterviewService.class);
            ContractService contracts = lookup(jndi, "recruitment/DefaultContractService", ContractService.class);
            AccountService accounts = lookup(jndi, "platform/DefaultAccountService", AccountService.class);

            LocalDate today = JapaneseCalendar.standard().today();
            String id = UUID.randomUUID().toString().substring(0, 10);
            String email = "sch-" + id + "@example.jp";
            applications.apply(new ApplicationForm("予定 花子", "ヨテイ ハナコ", today.minusYears(35), email, "0312345678",
                    "東京都千代田区1-1-1", false, List.of(new QualificationEntry("IT_PASSPORT", today.minusYears(1))), List.of(),
                    false, true, true, true, "applicant-pass-2026".toCharArray(), "ja"), new Actor("anonymous", "192.0.2.10"));
            List<InterviewSlotView> slots = interviews.createSlots(new SlotBatch(
                    List.of(today.plusDays(20 + ThreadLocalRandom.current().nextInt(40))), List.of(LocalTime.of(10, 0)), 30,
                    "面接官-" + id, 1), RECRUITER);
            interviews.book(email, new BookingCommand(slots.get(0).getId(), InterviewDevice.PC_WITH_CAMERA, true, true),
                    new Actor(email, "192.0.2.30"));
            long applicantId = applicants.ownApplication(email).orElseThrow().getApplicantId();
            ApplicantDetail booked = applicants.detail(applicantId).orElseThrow();
            interviews.recordOutcome(applicantId, booked.getVersion(), new InterviewOutcomeCommand(true, null, Set.of(), null), RECRUITER);
            String username = "sch-" + id;
            ContractView contract = contracts.conclude(new ContractCommand(applicantId,
                    applicants.detail(applicantId).orElseThrow().getVersion(), null, today, true, username,
                    PASSWORD.toCharArray()), RECRUITER);
            return new Contractor(contract, accounts.findByUsername(username).orElseThrow().getId(), username);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T lookup(InitialContext jndi, String bean, Class<T> type) throws NamingException {
        return type.cast(jndi.lookup("java:global/backoffice/" + bean + "!" + type.getName()));
    }

    private Contractors() {
    }
}
