package jp.hometech.systemtests.scheduling;

import jakarta.ejb.EJB;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.scheduling.api.ApiTokenService;
import jp.hometech.scheduling.api.ClosedMonths;
import jp.hometech.scheduling.api.CreatedApiToken;
import jp.hometech.scheduling.api.ImportResult;
import jp.hometech.scheduling.api.ImportRowError;
import jp.hometech.scheduling.api.ImportSource;
import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.MonthlyWorkSummary;
import jp.hometech.scheduling.api.PreEntryService;
import jp.hometech.scheduling.api.PreEntrySlot;
import jp.hometech.scheduling.api.PreEntryWeekView;
import jp.hometech.scheduling.api.StandingService;
import jp.hometech.scheduling.api.WorkDayView;
import jp.hometech.scheduling.api.WorkRecordImport;
import jp.hometech.scheduling.api.WorkRecordQuery;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scheduling through its api inside WildFly against PostgreSQL: imports, re-imports, the REST endpoint, pre-entries. */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

    private static final Actor SCHEDULER = new Actor("it-scheduler", "192.0.2.40");
    private static final Actor OTHER_SCHEDULER = new Actor("it-scheduler-2", "192.0.2.41");
    private static final String HEADER = "work_date,contract_number,start,end,calls\r\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/scheduling/DefaultWorkRecordImport!jp.hometech.scheduling.api.WorkRecordImport")
    WorkRecordImport imports;

    @EJB(lookup = "java:global/backoffice/scheduling/DefaultWorkRecordQuery!jp.hometech.scheduling.api.WorkRecordQuery")
    WorkRecordQuery workRecords;

    @EJB(lookup = "java:global/backoffice/scheduling/DefaultPreEntryService!jp.hometech.scheduling.api.PreEntryService")
    PreEntryService preEntries;

    @EJB(lookup = "java:global/backoffice/scheduling/DefaultStandingService!jp.hometech.scheduling.api.StandingService")
    StandingService standings;

    @EJB(lookup = "java:global/backoffice/scheduling/DefaultClosedMonths!jp.hometech.scheduling.api.ClosedMonths")
    ClosedMonths closedMonths;

    @EJB(lookup = "java:global/backoffice/scheduling/DefaultApiTokenService!jp.hometech.scheduling.api.ApiTokenService")
    ApiTokenService tokens;

    @Test
    void aFileWithBadRowsStoresNothingAndReportsEveryBadRowByLine() {
        Contractors.Contractor c = Contractors.create();
        LocalDate today = today();
        closedMonths.close(YearMonth.of(2001, 1), SCHEDULER);
        String csv = HEADER
                + today + "," + c.number() + ",10:00,11:00,5\r\n"          // 2: good
                + today + "," + c.number() + ",09:00,09:30,1\r\n"          // 3: before 10:00
                + today + "," + c.number() + ",16:30,17:30,1\r\n"          // 4: after 17:00
                + today + "," + c.number() + ",14:00,13:00,1\r\n"          // 5: end before start
                + today + "," + c.number() + ",10:30,12:00,3\r\n"          // 6: overlaps line 2
                + today + "," + c.number() + ",12:00,12:30,-2\r\n"         // 7: negative calls
                + today + "," + c.number() + ",13:00,14:00,500\r\n"        // 8: absurd calls
                + today + ",HT1999-99999,14:00,15:00,1\r\n"                // 9: unknown contract
                + today.minusDays(1) + "," + c.number() + ",14:00,15:00,1\r\n" // 10: before the contract
                + "2001-01-15," + c.number() + ",14:00,15:00,1\r\n";       // 11: before the contract, closed month
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        Exports.write("bad-rows.csv", file);

        ImportResult result = imports.importCsv(file, "bad-rows.csv", ImportSource.UPLOAD, SCHEDULER);

        assertFalse(result.isStored());
        assertEquals(0, result.getRowsImported());
        List<Integer> lines = result.getErrors().stream().map(ImportRowError::getLine).distinct().toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11), lines, result.getErrors().toString());
        assertTrue(has(result, 3, "scheduling.import.outsideHours"));
        assertTrue(has(result, 5, "scheduling.import.endNotAfterStart"));
        assertTrue(has(result, 6, "scheduling.import.overlap"));
        assertTrue(has(result, 7, "scheduling.import.negativeCalls"));
        assertTrue(has(result, 8, "scheduling.import.absurdCalls"));
        assertTrue(has(result, 9, "scheduling.import.unknownContract"));
        assertTrue(has(result, 10, "scheduling.import.beforeContract"));
        assertTrue(has(result, 11, "scheduling.import.closedMonth"));
        assertEquals(0, workRecords.month(c.accountId(), YearMonth.from(today)).getMinutesWorked(), "the good row was not stored");
        assertTrue(workRecords.daysWorked(c.accountId(), today, today).isEmpty());
        assertTrue(closedMonths.isClosed(YearMonth.of(2001, 1)));
        closedMonths.close(YearMonth.of(2001, 1), SCHEDULER);
        assertEquals(1, closedMonths.closed().stream().filter(YearMonth.of(2001, 1)::equals).count());
    }

    @Test
    void theSameFileTwiceGivesTheSameDataAndAReimportedDayReplacesTheDay() {
        Contractors.Contractor c = Contractors.create();
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        byte[] file = (HEADER
                + today + "," + c.number() + ",10:00,12:30,14\r\n"
                + today + "," + c.number() + ",13:00,15:00,9\r\n").getBytes(StandardCharsets.UTF_8);
        Exports.write("same-file-twice.csv", file);

        ImportResult first = imports.importCsv(file, "same-file-twice.csv", ImportSource.UPLOAD, SCHEDULER);
        MonthlyWorkSummary afterFirst = workRecords.month(c.accountId(), month);
        List<WorkDayView> daysAfterFirst = workRecords.daysWorked(c.accountId(), month.atDay(1), month.atEndOfMonth());
        ImportResult second = imports.importCsv(file, "same-file-twice.csv", ImportSource.UPLOAD, SCHEDULER);

        assertTrue(first.isStored(), first.getErrors().toString());
        assertEquals(2, first.getRowsImported());
        assertEquals(0, first.getRowsReplaced());
        assertEquals(2, second.getRowsImported());
        assertEquals(2, second.getRowsReplaced());
        assertEquals(afterFirst, workRecords.month(c.accountId(), month));
        assertEquals(daysAfterFirst, workRecords.daysWorked(c.accountId(), month.atDay(1), month.atEndOfMonth()));
        assertEquals(1, afterFirst.getDaysWorked());
        assertEquals(270, afterFirst.getMinutesWorked());
        assertEquals("4.50", afterFirst.getHoursWorked().toPlainString());
        assertEquals(23, afterFirst.getCallsHandled());
        assertEquals(2, daysAfterFirst.get(0).getSessions().size());
        assertEquals(LocalTime.of(10, 0), daysAfterFirst.get(0).getFirstStart());
        assertEquals(LocalTime.of(15, 0), daysAfterFirst.get(0).getLastEnd());

        byte[] corrected = (HEADER + today + "," + c.number() + ",11:00,12:00,3\r\n").getBytes(StandardCharsets.UTF_8);
        Exports.write("corrected-day.csv", corrected);
        ImportResult third = imports.importCsv(corrected, "corrected-day.csv", ImportSource.UPLOAD, SCHEDULER);

        assertEquals(2, third.getRowsReplaced());
        MonthlyWorkSummary afterCorrection = workRecords.month(c.accountId(), month);
        assertEquals(60, afterCorrection.getMinutesWorked(), "the api follows the re-import");
        assertEquals(3, afterCorrection.getCallsHandled());
        List<MonthlyWorkSummary> lastThree = workRecords.lastFullMonths(c.accountId(), month.plusMonths(1), 3);
        assertEquals(List.of(month.minusMonths(2), month.minusMonths(1), month), lastThree.stream().map(MonthlyWorkSummary::getMonth).toList());
        assertEquals(afterCorrection, lastThree.get(2));
        assertEquals(0, lastThree.get(0).getDaysWorked());
        MonthlyStanding standing = standings.standing(c.accountId(), month);
        assertEquals(60, standing.getWorkedMinutes());
    }

    @Test
    void aShiftJisFileWithFullWidthContractNumbersIsRead() {
        Contractors.Contractor c = Contractors.create();
        LocalDate today = today();
        String fullWidth = java.text.Normalizer.normalize(c.number(), java.text.Normalizer.Form.NFKC).chars()
                .mapToObj(ch -> ch == '-' ? "－" : Character.isLetterOrDigit(ch) ? String.valueOf((char) (ch - 0x21 + 0xFF01)) : String.valueOf((char) ch))
                .reduce("", String::concat);
        Charset shiftJis = Charset.forName("windows-31j");
        byte[] file = (HEADER + today + "," + fullWidth + ",10:00,11:30,6\r\n").getBytes(shiftJis);
        Exports.write("shift-jis.csv", file);

        ImportResult result = imports.importCsv(file, "shift-jis.csv", ImportSource.UPLOAD, SCHEDULER);

        assertTrue(result.isStored(), result.getErrors().toString());
        assertEquals(90, workRecords.month(c.accountId(), YearMonth.from(today)).getMinutesWorked());
        assertEquals(c.number(), workRecords.daysWorked(c.accountId(), today, today).get(0).getSessions().get(0).getContractNumber());

        byte[] withBom = ("\uFEFF" + HEADER + today + "," + c.number() + ",12:00,12:30,1\r\n").getBytes(StandardCharsets.UTF_8);
        Exports.write("utf8-bom.csv", withBom);
        assertEquals(1, imports.importCsv(withBom, "utf8-bom.csv", ImportSource.UPLOAD, SCHEDULER).getRowsReplaced());
        assertEquals(30, workRecords.month(c.accountId(), YearMonth.from(today)).getMinutesWorked());
    }

    @Test
    void theRestEndpointRefusesAWrongOrRevokedTokenAndAnswers422ForABadFile() throws Exception {
        Contractors.Contractor c = Contractors.create();
        LocalDate today = today();
        CreatedApiToken token = tokens.create("it telephony " + c.username(), SCHEDULER);
        String good = HEADER + today + "," + c.number() + ",10:00,12:00,8\r\n";
        String bad = HEADER + today + "," + c.number() + ",08:00,12:00,8\r\n";
        Exports.write("api-good.csv", good.getBytes(StandardCharsets.UTF_8));
        Exports.write("api-bad.csv", bad.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> noToken = post(good, null);
        HttpResponse<String> wrongToken = post(good, "hts_this-is-not-a-token");
        HttpResponse<String> refusedFile = post(bad, token.getSecret());
        int minutesAfterBad = (int) workRecords.month(c.accountId(), YearMonth.from(today)).getMinutesWorked();
        HttpResponse<String> accepted = post(good, token.getSecret());
        Exports.write("api-answer-422.json", refusedFile.body().getBytes(StandardCharsets.UTF_8));
        Exports.write("api-answer-200.json", accepted.body().getBytes(StandardCharsets.UTF_8));
        tokens.revoke(token.getToken().getId(), tokens.list().stream().filter(t -> t.getId() == token.getToken().getId())
                .findFirst().orElseThrow().getVersion(), SCHEDULER);
        HttpResponse<String> revoked = post(good, token.getSecret());

        assertEquals(401, noToken.statusCode());
        assertEquals(401, wrongToken.statusCode());
        assertEquals(422, refusedFile.statusCode(), refusedFile.body());
        assertTrue(refusedFile.body().contains("\"line\":2"), refusedFile.body());
        assertTrue(refusedFile.body().contains("scheduling.import.outsideHours"), refusedFile.body());
        assertEquals(0, minutesAfterBad);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"rowsImported\":1"), accepted.body());
        assertTrue(accepted.body().contains("\"rowsReplaced\":0"), accepted.body());
        assertEquals(120, workRecords.month(c.accountId(), YearMonth.from(today)).getMinutesWorked());
        assertEquals(401, revoked.statusCode());
        assertFalse(tokens.list().stream().anyMatch(t -> t.getName().contains(token.getSecret())));
    }

    @Test
    void twoStaffEditingOneWeekAtOnceTheSecondSaveIsRefused() {
        Contractors.Contractor c = Contractors.create();
        LocalDate monday = today().plusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        PreEntryWeekView seenByA = preEntries.week(c.accountId(), monday);
        PreEntryWeekView seenByB = preEntries.week(c.accountId(), monday);

        preEntries.saveAsStaff(c.accountId(), monday, List.of(slot(monday, 10, 13)), seenByA.getVersion(), null, SCHEDULER);
        assertThrows(ConcurrentEditException.class, () -> preEntries.saveAsStaff(c.accountId(), monday,
                List.of(slot(monday, 14, 17)), seenByB.getVersion(), null, OTHER_SCHEDULER));

        PreEntryWeekView saved = preEntries.week(c.accountId(), monday);
        assertEquals(List.of(slot(monday, 10, 13)), saved.getSlots());
        PreEntryWeekView second = preEntries.saveAsStaff(c.accountId(), monday, List.of(slot(monday, 14, 17)),
                saved.getVersion(), null, OTHER_SCHEDULER);
        PreEntryWeekView stale = saved;
        assertThrows(ConcurrentEditException.class, () -> preEntries.saveOwn(c.accountId(), monday, List.of(),
                stale.getVersion(), new Actor(c.username(), "192.0.2.50")));
        assertEquals(List.of(slot(monday, 14, 17)), preEntries.week(c.accountId(), monday).getSlots());
        assertTrue(second.getVersion() > saved.getVersion());
    }

    @Test
    void aLockedWeekIsClosedToTheContractorAndChangedByStaffOnlyWithARecordedReason_S2() {
        Contractors.Contractor c = Contractors.create();
        LocalDate thisMonday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        PreEntryWeekView locked = preEntries.week(c.accountId(), thisMonday);
        assertTrue(locked.isLocked());
        assertEquals(thisMonday.minusDays(14), locked.getDeadlineDate());

        BusinessException own = assertThrows(BusinessException.class, () -> preEntries.saveOwn(c.accountId(), thisMonday,
                List.of(slot(thisMonday, 10, 12)), locked.getVersion(), new Actor(c.username(), "192.0.2.50")));
        BusinessException noReason = assertThrows(BusinessException.class, () -> preEntries.saveAsStaff(c.accountId(),
                thisMonday, List.of(slot(thisMonday, 10, 12)), locked.getVersion(), " ", SCHEDULER));
        preEntries.saveAsStaff(c.accountId(), thisMonday, List.of(slot(thisMonday, 10, 12)), locked.getVersion(),
                "体調不良の代わりに出勤", SCHEDULER);

        assertEquals("scheduling.preEntry.locked", own.messageKey());
        assertEquals("scheduling.preEntry.reasonRequired", noReason.messageKey());
        assertEquals(1, preEntries.overrides(c.accountId(), thisMonday).size());
        assertEquals("体調不良の代わりに出勤", preEntries.overrides(c.accountId(), thisMonday).get(0).getReason());
        assertEquals(SCHEDULER.username(), preEntries.overrides(c.accountId(), thisMonday).get(0).getChangedBy());

        LocalDate openMonday = thisMonday.plusWeeks(3);
        PreEntryWeekView open = preEntries.week(c.accountId(), openMonday);
        assertFalse(open.isLocked());
        preEntries.saveOwn(c.accountId(), openMonday, List.of(slot(openMonday.plusDays(5), 10, 17)), open.getVersion(),
                new Actor(c.username(), "192.0.2.50"));
        assertEquals(List.of(slot(openMonday.plusWeeks(1).plusDays(5), 10, 17)),
                preEntries.copyOfPreviousWeek(c.accountId(), openMonday.plusWeeks(1)));
    }

    @Test
    void theStaffListNamesAContractorAtRiskByObligationAndExportsItAsCsv_S4() {
        Contractors.Contractor c = Contractors.create();
        YearMonth month = YearMonth.from(today());

        List<jp.hometech.scheduling.api.StandingRow> atRisk = standings.problems(month, jp.hometech.scheduling.api.Obligation.PRE_ENTRY);
        byte[] csv = standings.problemsCsv(month, null);
        Exports.write("standings-" + month + ".csv", csv);

        jp.hometech.scheduling.api.StandingRow row = atRisk.stream().filter(r -> r.getContractNumber().equals(c.number()))
                .findFirst().orElseThrow();
        assertEquals(jp.hometech.scheduling.api.ObligationStatus.AT_RISK, row.getStanding().getPreEntryStatus());
        assertFalse(row.getStanding().isFinal());
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFmonth,contract_number,"), text.substring(0, Math.min(80, text.length())));
        assertTrue(text.contains("\"" + month + "\",\"" + c.number() + "\""), "the contractor's line");
    }

    private static boolean has(ImportResult result, int line, String key) {
        return result.getErrors().stream().anyMatch(e -> e.getLine() == line && e.getMessageKey().equals(key));
    }

    private static PreEntrySlot slot(LocalDate date, int from, int to) {
        return new PreEntrySlot(date, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static LocalDate today() {
        return JapaneseCalendar.standard().today();
    }

    private static HttpResponse<String> post(String csv, String token) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scheduling/work-records"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
