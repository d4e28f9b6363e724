package jp.hometech.systemtests.certificates;

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
import jp.hometech.scheduling.api.ImportResult;
import jp.hometech.scheduling.api.ImportSource;
import jp.hometech.scheduling.api.WorkRecordImport;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A contractor who has worked the three full months before this one, made the way production makes one: apply,
 * interview passed and contract concluded through recruitment's api, work records imported through scheduling's.
 * A contract can only start on or after the application day, so its start is then moved back by SQL to the first
 * day of the fifth month before this one (time travel, as the training tests do it). Runs in the server.
 */
final class WorkingContractors {

    static final String PASSWORD = "contractor-pass-2026";
    private static final Actor RECRUITER = new Actor("it-recruiter", "192.0.2.20");
    private static final Actor TELEPHONY = new Actor("it-telephony", "192.0.2.40");

    /** What the contractor worked: per month of the record, oldest first, days and minutes. */
    record Contractor(ContractView contract, long accountId, String username, String name, LocalDate startDate,
                      List<YearMonth> months, List<Integer> days, List<Long> minutes) {

        String number() {
            return contract.getContractNumber();
        }

        /** "username,password,name,start,yyyy-MM:days:minutes,…" for the browser tests' fixture servlet. */
        String line() {
            StringBuilder line = new StringBuilder(username + "," + PASSWORD + "," + name + "," + startDate + "," + number());
            for (int i = 0; i < months.size(); i++) {
                line.append(',').append(months.get(i)).append(':').append(days.get(i)).append(':').append(minutes.get(i));
            }
            return line.toString();
        }
    }

    static Contractor create(String name, String kana) {
        try {
            InitialContext jndi = new InitialContext();
            ApplicationService applications = lookup(jndi, "recruitment/DefaultApplicationService", ApplicationService.class);
            ApplicantQueryService applicants = lookup(jndi, "recruitment/DefaultApplicantQueryService", ApplicantQueryService.class);
            InterviewService interviews = lookup(jndi, "recruitment/DefaultInterviewService", InterviewService.class);
            ContractService contracts = lookup(jndi, "recruitment/DefaultContractService", ContractService.class);
            AccountService accounts = lookup(jndi, "platform/DefaultAccountService", AccountService.class);
            WorkRecordImport imports = lookup(jndi, "scheduling/DefaultWorkRecordImport", WorkRecordImport.class);
            DataSource dataSource = (DataSource) jndi.lookup("java:jboss/datasources/BackofficeDS");

            LocalDate today = JapaneseCalendar.standard().today();
            String id = UUID.randomUUID().toString().substring(0, 10);
            String email = "crt-" + id + "@example.jp";
            applications.apply(new ApplicationForm(name, kana, LocalDate.of(1991, 5, 20), email, "0312345678",
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
            String username = "crt-" + id;
            ContractView concluded = contracts.conclude(new ContractCommand(applicantId,
                    applicants.detail(applicantId).orElseThrow().getVersion(), null, today, true, username,
                    PASSWORD.toCharArray()), RECRUITER);

            LocalDate start = YearMonth.from(today).minusMonths(5).atDay(1);
            moveStart(dataSource, concluded.getId(), start);

            List<YearMonth> months = List.of(YearMonth.from(today).minusMonths(3), YearMonth.from(today).minusMonths(2),
                    YearMonth.from(today).minusMonths(1));
            StringBuilder csv = new StringBuilder("work_date,contract_number,start,end,calls\n");
            String number = concluded.getContractNumber();
            // oldest month: 2 days, 9 h 30 min
            row(csv, months.get(0).atDay(5), number, "10:00", "15:30", 12);
            row(csv, months.get(0).atDay(12), number, "13:00", "17:00", 8);
            // middle month: 3 days (one with two sessions), 13 h 30 min
            row(csv, months.get(1).atDay(5), number, "10:00", "12:00", 5);
            row(csv, months.get(1).atDay(12), number, "10:00", "11:30", 3);
            row(csv, months.get(1).atDay(12), number, "13:00", "16:00", 7);
            row(csv, months.get(1).atDay(19), number, "10:00", "17:00", 15);
            // last month: 1 day, 6 h 15 min
            row(csv, months.get(2).atDay(20), number, "10:00", "16:15", 11);
            ImportResult result = imports.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), "it-" + id + ".csv",
                    ImportSource.UPLOAD, TELEPHONY);
            if (!result.getErrors().isEmpty()) {
                throw new IllegalStateException("work records refused: " + result.getErrors());
            }
            ContractView contract = contracts.find(concluded.getId()).orElseThrow();
            return new Contractor(contract, accounts.findByUsername(username).orElseThrow().getId(), username, name, start,
                    months, List.of(2, 3, 1), List.of(570L, 810L, 375L));
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(StringBuilder csv, LocalDate date, String number, String start, String end, int calls) {
        csv.append(date).append(',').append(number).append(',').append(start).append(',').append(end).append(',')
                .append(calls).append('\n');
    }

    private static void moveStart(DataSource dataSource, long contractId, LocalDate start) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update recruitment.contract set start_date = ? where id = ?")) {
            update.setObject(1, start);
            update.setLong(2, contractId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("contract " + contractId + " not moved");
            }
        }
    }

    static <T> T lookup(InitialContext jndi, String bean, Class<T> type) throws NamingException {
        return type.cast(jndi.lookup("java:global/backoffice/" + bean + "!" + type.getName()));
    }

    static List<String> lines(List<Contractor> contractors) {
        List<String> lines = new ArrayList<>();
        contractors.forEach(c -> lines.add(c.line()));
        return lines;
    }

    private WorkingContractors() {
    }
}
