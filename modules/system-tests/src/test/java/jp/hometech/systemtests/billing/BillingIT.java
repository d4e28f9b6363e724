package jp.hometech.systemtests.billing;

import jakarta.ejb.EJB;
import jp.hometech.billing.api.AdjustmentService;
import jp.hometech.billing.api.AdjustmentStatus;
import jp.hometech.billing.api.AdjustmentView;
import jp.hometech.billing.api.BankAccountEntry;
import jp.hometech.billing.api.CloseView;
import jp.hometech.billing.api.FeeLineView;
import jp.hometech.billing.api.FeeScheduleService;
import jp.hometech.billing.api.FeeUnit;
import jp.hometech.billing.api.MonthlyCloseService;
import jp.hometech.billing.api.PayeeService;
import jp.hometech.billing.api.StatementLineKind;
import jp.hometech.billing.api.StatementLineView;
import jp.hometech.billing.api.StatementService;
import jp.hometech.billing.api.StatementSummaryView;
import jp.hometech.billing.api.StatementView;
import jp.hometech.billing.api.TransferFilePreview;
import jp.hometech.billing.api.TransferFileService;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.scheduling.api.ImportResult;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The billing module through its api, inside WildFly against PostgreSQL. A close covers every contractor of a
 * month, so each test uses a month of its own, far enough back that the other modules' fixtures (the last
 * three months) never meet it; the fee schedule in force is one this class creates from a year back.
 */
@ExtendWith(ArquillianExtension.class)
class BillingIT {

    private static final Actor BILLING = new Actor("it-billing", "192.0.2.60");
    private static final Actor SECOND = new Actor("it-billing-2", "192.0.2.61");
    private static final long PER_CALL = 50;
    private static final long PER_HOUR = 1_200;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/billing/DefaultMonthlyCloseService!jp.hometech.billing.api.MonthlyCloseService")
    MonthlyCloseService closes;

    @EJB(lookup = "java:global/backoffice/billing/DefaultFeeScheduleService!jp.hometech.billing.api.FeeScheduleService")
    FeeScheduleService fees;

    @EJB(lookup = "java:global/backoffice/billing/DefaultAdjustmentService!jp.hometech.billing.api.AdjustmentService")
    AdjustmentService adjustments;

    @EJB(lookup = "java:global/backoffice/billing/DefaultStatementService!jp.hometech.billing.api.StatementService")
    StatementService statements;

    @EJB(lookup = "java:global/backoffice/billing/DefaultPayeeService!jp.hometech.billing.api.PayeeService")
    PayeeService payees;

    @EJB(lookup = "java:global/backoffice/billing/DefaultTransferFileService!jp.hometech.billing.api.TransferFileService")
    TransferFileService transfers;

    private static YearMonth monthsBack(int months) {
        return YearMonth.from(LocalDate.now(JapaneseCalendar.ZONE)).minusMonths(months);
    }

    @BeforeEach
    void feeScheduleFromAYearBack() {
        LocalDate from = monthsBack(12).atDay(1);
        if (fees.schedules().stream().noneMatch(s -> s.getValidFrom().equals(from))) {
            fees.create(from, "BillingIT", List.of(
                    new FeeLineView("CALL", "コール", "Call", FeeUnit.PER_CALL, PER_CALL),
                    new FeeLineView("HOUR", "稼働時間", "Hours", FeeUnit.PER_HOUR, PER_HOUR)), BILLING);
        }
    }

    @Test
    void aConfirmedMonthHasFinalStatementsATransferFileAndRefusesImports_B2_B4_B5() throws Exception {
        YearMonth month = monthsBack(8);
        BillingContractors.Contractor contractor = BillingContractors.create("締め 太郎", "シメ タロウ", month);
        assertTrue(BillingContractors.work(contractor, month.atDay(10) + ",10:00,12:30,7", month.atDay(17) + ",13:00,14:00,3")
                .getErrors().isEmpty());

        CloseView draft = runToDraft(month);
        StatementView statement = statementOf(month, contractor.accountId());
        // 10 calls at 50 yen; 3 h 30 min summed, at 1,200 yen an hour = 4,200, rounded down once.
        assertEquals(500, line(statement, "CALL").getAmountYen());
        assertEquals(4_200, line(statement, "HOUR").getAmountYen());
        assertEquals(statement.getSubtotalYen() * 10 / 100, statement.getTaxYen());
        assertEquals(statement.getSubtotalYen() + statement.getTaxYen(), statement.getTotalYen());
        assertFalse(statement.isConfirmed());

        CloseView confirmed = closes.confirm(month, draft.getVersion(), BILLING);
        assertTrue(confirmed.isConfirmed());
        assertTrue(statementOf(month, contractor.accountId()).isConfirmed());
        assertThrows(BusinessException.class, () -> closes.start(month, BILLING));

        ImportResult late = BillingContractors.work(contractor, month.atDay(20) + ",10:00,11:00,2");
        assertEquals("scheduling.import.closedMonth", late.getErrors().get(0).getMessageKey());

        TransferFilePreview before = transfers.preview(month);
        assertFalse(before.isReady());
        assertTrue(before.getWithoutBankAccount().stream().anyMatch(who -> who.contains(contractor.name())), before.getWithoutBankAccount().toString());
        payees.setAccount(contractor.accountId(), new BankAccountEntry("0001", "001", 1, "1234567", "ｼﾒ ﾀﾛｳ"), BILLING);
        TransferFilePreview ready = transfers.preview(month);
        assertTrue(ready.isReady());
        assertEquals(confirmed.getPayday(), ready.getTransferDate());
        byte[] file = transfers.download(month, BILLING);
        // header, one data record per payee, trailer, end: 120 bytes each, with or without CR LF after each
        int records = ready.getPayees() + 3;
        assertTrue(file.length == records * 120 || file.length == records * 122, "bytes: " + file.length);
        assertEquals('1', file[0]);
        Files.write(exports().resolve("zengin-" + month + ".txt"), file);
        Files.write(exports().resolve("statement-" + month + "-" + contractor.accountId() + ".pdf"), statements.pdf(statement.getId(), BILLING));
    }

    @Test
    void anApprovedAdjustmentOfAConfirmedMonthIsALineOfTheNextClose_B4() {
        YearMonth corrected = monthsBack(10);
        YearMonth next = corrected.plusMonths(1);
        BillingContractors.Contractor contractor = BillingContractors.create("調整 花子", "チョウセイ ハナコ", corrected);
        BillingContractors.work(contractor, corrected.atDay(8) + ",10:00,11:00,4", next.atDay(8) + ",10:00,11:00,4");
        CloseView draft = runToDraft(corrected);
        closes.confirm(corrected, draft.getVersion(), BILLING);

        AdjustmentView requested = adjustments.request(contractor.accountId(), corrected, 800, "通話件数の計上漏れ", BILLING);
        BusinessException self = assertThrows(BusinessException.class,
                () -> adjustments.decide(requested.getId(), requested.getVersion(), true, BILLING));
        assertEquals("billing.adjustment.secondPerson", self.messageKey());
        AdjustmentView approved = adjustments.decide(requested.getId(), requested.getVersion(), true, SECOND);
        assertEquals(AdjustmentStatus.APPROVED, approved.getStatus());

        runToDraft(next);
        StatementView nextStatement = statementOf(next, contractor.accountId());
        StatementLineView adjustment = nextStatement.getLines().stream()
                .filter(l -> l.getKind() == StatementLineKind.ADJUSTMENT).findFirst().orElseThrow();
        assertEquals(800, adjustment.getAmountYen());
        assertEquals(corrected, adjustment.getCorrects());
    }

    @Test
    void twoStaffStartingTheSameCloseAtOnceMakeOneRun_B2() throws Exception {
        YearMonth month = monthsBack(6);
        BillingContractors.Contractor contractor = BillingContractors.create("同時 次郎", "ドウジ ジロウ", month);
        BillingContractors.work(contractor, month.atDay(9) + ",10:00,12:00,5");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Actor actor : List.of(BILLING, SECOND)) {
                Callable<String> start = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        closes.start(month, actor);
                        return "started";
                    } catch (BusinessException refused) {
                        return refused.messageKey();
                    }
                };
                outcomes.add(pool.submit(start));
            }
            ready.await();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter("started"::equals).count(), results.toString());
            assertTrue(results.contains("billing.close.alreadyRunning"), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(waitForDraft(month).isDraft());
    }

    @Test
    void aRecordReimportedBeforeTheCloseIsConfirmedChangesTheDraft_B4() {
        YearMonth month = monthsBack(7);
        BillingContractors.Contractor contractor = BillingContractors.create("再取込 三郎", "サイトリコミ サブロウ", month);
        BillingContractors.work(contractor, month.atDay(14) + ",10:00,11:00,2");
        runToDraft(month);
        long before = statementOf(month, contractor.accountId()).getTotalYen();

        assertTrue(BillingContractors.work(contractor, month.atDay(14) + ",10:00,13:00,9").getErrors().isEmpty());
        StatementView after = statementOf(month, contractor.accountId());
        assertNotEquals(before, after.getTotalYen());
        assertEquals(9 * PER_CALL, line(after, "CALL").getAmountYen());
        assertEquals(3 * PER_HOUR, line(after, "HOUR").getAmountYen());
    }

    private CloseView runToDraft(YearMonth month) {
        closes.start(month, BILLING);
        return waitForDraft(month);
    }

    private CloseView waitForDraft(YearMonth month) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        CloseView close = closes.close(month);
        while (close.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            close = closes.close(month);
        }
        assertTrue(close.isDraft(), () -> "close of " + month + " is " + closes.close(month).getStatus() + ": " + closes.close(month).getError());
        return close;
    }

    private StatementView statementOf(YearMonth month, long accountId) {
        List<StatementSummaryView> rows = closes.statements(month, new PageRequest(0, 500, null, true));
        long id = rows.stream().filter(r -> r.getAccountId() == accountId).findFirst().orElseThrow(
                () -> new AssertionError("no statement of account " + accountId + " in " + month + ": " + rows.size() + " rows"))
                .getStatementId();
        return statements.statement(id).orElseThrow();
    }

    private static StatementLineView line(StatementView statement, String code) {
        return statement.getLines().stream().filter(l -> code.equals(l.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code));
    }

    /** modules/system-tests/target/exports/billing, seen from the server, whose jboss.home.dir is target/wildfly-…. */
    private static Path exports() throws java.io.IOException {
        Path directory = Path.of(System.getProperty("jboss.home.dir")).toAbsolutePath().getParent().resolve("exports").resolve("billing");
        Files.createDirectories(directory);
        return directory;
    }
}
