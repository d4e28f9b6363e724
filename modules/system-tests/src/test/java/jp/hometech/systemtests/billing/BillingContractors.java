package jp.hometech.systemtests.billing;

import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.BookingCommand;
import jp.hometech.recruitment.api.ContractCommand;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.recruitment.api.InterviewDevice;
import jp.hometech.recruitment.api.InterviewOutcomeCommand;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.QualificationEntry;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Contractors made the way production makes them (application, interview, contract through recruitment's api),
 * then moved back in time by SQL, as the certificates and training fixtures do: the contract starts a month
 * before {@code firstMonth}, and the fee start (T4, normally set by CallTrainingStarted) is that day too. Work
 * records go in through scheduling's import. Runs in the server.
 */
final class BillingContractors {

    static final String PASSWORD = "contractor-pass-2026";
    private static final Actor RECRUITER = new Actor("it-recruiter", "192.0.2.20");
    static final Actor TELEPHONY = new Actor("it-telephony", "192.0.2.40");

    record Contractor(ContractView contract, long accountId, String username, String name) {
        String number() {
            return contract.getContractNumber();
        }
    }

    static Contractor create(String name, String kana, YearMonth firstMonth) {
        try {
            InitialContext jndi = new InitialContext();
            ApplicationService applications = lookup(jndi, "recruitment/DefaultApplicationService", ApplicationService.class);
            ApplicantQueryService applicants = lookup(jndi, "recruitment/DefaultApplicantQueryService", ApplicantQueryService.class);
            InterviewService interviews = lookup(jndi, "recruitment/DefaultInterviewService", InterviewService.class);
            ContractService contracts = lookup(jndi, "recruitment/DefaultContractService", ContractService.class);
            AccountService accounts = lookup(jndi, "platform/DefaultAccountService", AccountService.class);
            DataSource dataSource = (DataSource) jndi.lookup("java:jboss/datasources/BackofficeDS");

            LocalDate today = LocalDate.now(JapaneseCalendar.ZONE);
            String id = UUID.randomUUID().toString().substring(0, 10);
            String email = "bil-" + id + "@example.jp";
            applications.apply(new ApplicationForm(name, kana, LocalDate.of(1990, 4, 12), email, "0312345678",
                    "東京都千代田区1-1-1", false, List.of(new QualificationEntry("IT_PASSPORT", today.minusYears(1))), List.of(),
                    false, true, true, true, "applicant-pass-2026".toCharArray(), "ja"), new Actor("anonymous", "192.0.2.10"));
            List<InterviewSlotView> slots = interviews.createSlots(new SlotBatch(
                    List.of(today.plusDays(20 + ThreadLocalRandom.current().nextInt(40))), List.of(LocalTime.of(10, 0)), 30,
                    "面接官-" + id, 1), RECRUITER);
            interviews.book(email, new BookingCommand(slots.get(0).getId(), InterviewDevice.PC_WITH_CAMERA, true, true),
                    new Actor(email, "192.0.2.30"));
            long applicantId = applicants.ownApplication(email).orElseThrow().getApplicantId();
            ApplicantDetail booked = applicants.detail(applicantId).orElseThrow();
            interviews.recordOutcome(applicantId, booked.getVersion(), InterviewOutcomeCommand.pass(null, Set.of()), RECRUITER);
            String username = "bil-" + id;
            ContractView concluded = contracts.conclude(new ContractCommand(applicantId,
                    applicants.detail(applicantId).orElseThrow().getVersion(), null, today, true, username,
                    PASSWORD.toCharArray()), RECRUITER);
            long accountId = accounts.findByUsername(username).orElseThrow().getId();
            LocalDate start = firstMonth.minusMonths(1).atDay(1);
            try (Connection connection = dataSource.getConnection()) {
                update(connection, "update recruitment.contract set start_date = ? where id = ?", start, concluded.getId());
                update(connection, "insert into billing.fee_start (account_id, first_day) values (?, ?)", accountId, start);
            }
            return new Contractor(contracts.find(concluded.getId()).orElseThrow(), accountId, username, name);
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports "date,start,end,calls" rows for the contractor; returns the import's result. */
    static ImportResult work(Contractor contractor, String... rows) {
        StringBuilder csv = new StringBuilder("work_date,contract_number,start,end,calls\n");
        for (String row : rows) {
            String[] cells = row.split(",");
            csv.append(cells[0]).append(',').append(contractor.number()).append(',').append(cells[1]).append(',')
                    .append(cells[2]).append(',').append(cells[3]).append('\n');
        }
        try {
            WorkRecordImport imports = lookup(new InitialContext(), "scheduling/DefaultWorkRecordImport", WorkRecordImport.class);
            return imports.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), "it-billing.csv", ImportSource.UPLOAD, TELEPHONY);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection connection, String sql, Object first, Object second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, first);
            statement.setObject(2, second);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("not one row: " + sql);
            }
        }
    }

    static <T> T lookup(InitialContext jndi, String bean, Class<T> type) throws NamingException {
        return type.cast(jndi.lookup("java:global/backoffice/" + bean + "!" + type.getName()));
    }

    private BillingContractors() {
    }
}
