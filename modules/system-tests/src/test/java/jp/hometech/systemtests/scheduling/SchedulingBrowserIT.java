package jp.hometech.systemtests.scheduling;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.systemtests.support.Browser;
import jp.hometech.systemtests.support.BrowserJourney;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduling journeys in Chromium: a contractor pre-enters a week in the portal and sees its deadline and the
 * month's standing (S2, S4); a scheduler uploads a bad file, reads its errors per line, then a good one, and
 * sees the contractor's standing move.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulingBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SchedulingDeployments.earWithFixtures();
    }

    @Test
    void contractorPreEntersAWeekAndSeesItsDeadlineAndTheMonthsStanding_S2_S4() throws Exception {
        String[] contractor = newContractor();
        browser.logIn(contractor[1], contractor[2]);
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/portal/scheduling/index.xhtml");

        LocalDate monday = LocalDate.parse(browser.text("weekRange").strip().substring(0, 10));
        assertEquals(java.time.DayOfWeek.MONDAY, monday.getDayOfWeek());
        if (YearMonth.from(monday.plusDays(4)).equals(YearMonth.from(monday.plusDays(5)))) {
            assertFalse(monday.minusDays(14).isBefore(JapaneseCalendar.standard().today()), "the first week still open");
        } else {
            // Friday and Saturday in different months: take the next week so both count in one month.
            browser.click(By.id("weekForm:nextWeek"));
            monday = monday.plusWeeks(1);
        }
        assertTrue(browser.text("deadline").contains(monday.minusDays(14).toString()), browser.text("deadline"));
        assertTrue(browser.text("deadline").contains("23:59"), browser.text("deadline"));

        choose("weekForm:days:4:from1", "10:00");
        choose("weekForm:days:4:to1", "11:00");
        choose("weekForm:days:5:from1", "10:00");
        choose("weekForm:days:5:to1", "12:30");
        choose("weekForm:days:5:from2", "13:00");
        choose("weekForm:days:5:to2", "17:00");
        browser.click(By.id("weekForm:save"));

        assertTrue(browser.text("messages").contains("保存しました。"), browser.text("messages"));
        assertEquals("7.5", browser.text("weekTotal"));
        String month = YearMonth.from(monday.plusDays(5)).toString();
        assertEquals("7.5", browser.text("standing-" + month + "-preEntry"));
        assertEquals("6.5", browser.text("standing-" + month + "-weekendHoliday"), "Saturday counts as weekend (S4)");
        assertTrue(browser.text("standing-" + month).contains("未達のおそれ"), browser.text("standing-" + month));

        browser.click(By.id("weekForm:nextWeek"));
        browser.click(By.id("weekForm:copyLastWeek"));
        assertTrue(browser.text("messages").contains("写しました"), browser.text("messages"));
        assertEquals("12:30", new Select(browser.driver().findElement(By.id("weekForm:days:5:to1"))).getFirstSelectedOption().getText());
        browser.click(By.id("weekForm:save"));
        assertEquals("7.5", browser.text("weekTotal"));

        browser.click(By.id("weekForm:previousWeek"));
        browser.click(By.id("weekForm:previousWeek"));
        browser.click(By.id("weekForm:previousWeek"));
        assertTrue(browser.text("weekState").contains("締切を過ぎた"), browser.text("weekState"));
        assertFalse(browser.present("weekForm:save"), "a locked week cannot be saved by the contractor");
    }

    @Test
    void schedulerUploadsABadFileSeesTheErrorsPerLineThenAGoodOneAndTheStandingMoves_S4() throws Exception {
        String[] contractor = newContractor();
        String number = contractor[0];
        LocalDate today = JapaneseCalendar.standard().today();
        browser.logIn("scheduler", "scheduler-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        lookUpStanding(number);
        String month = YearMonth.from(today).toString();
        assertEquals("0.0", browser.text("lookedUp-" + month + "-worked"));

        Path bad = Exports.write("browser-bad.csv", ("work_date,contract_number,start,end,calls\r\n"
                + today + "," + number + ",10:00,12:30,14\r\n"
                + today + "," + number + ",08:00,09:00,3\r\n"
                + today + ",HT1999-99999,13:00,14:00,2\r\n").getBytes(StandardCharsets.UTF_8));
        browser.open("/console/scheduling/import.xhtml");
        upload(bad);
        assertTrue(browser.text("importSummary").contains("何も取り込んでいません"), browser.text("importSummary"));
        String errors = browser.text("errors");
        assertTrue(errors.contains("3") && errors.contains("業務時間 10:00〜17:00 の外"), errors);
        assertTrue(errors.contains("4") && errors.contains("HT1999-99999 は登録されていません"), errors);

        Path good = Exports.write("browser-good.csv", ("work_date,contract_number,start,end,calls\r\n"
                + today + "," + number + ",10:00,12:30,14\r\n"
                + today + "," + number + ",13:00,15:00,9\r\n").getBytes(StandardCharsets.UTF_8));
        upload(good);
        assertTrue(browser.text("importSummary").contains("2 行を取り込み、0 行を置き換えました"), browser.text("importSummary"));

        lookUpStanding(number);
        assertEquals("4.5", browser.text("lookedUp-" + month + "-worked"));
    }

    @Test
    void adminIssuesAnApiTokenChangesALockedWeekWithAReasonAndSeesTheCoverage_S2() throws Exception {
        String number = newContractor()[0];
        LocalDate today = JapaneseCalendar.standard().today();
        LocalDate thisMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        browser.open("/console/admin/apiTokens.xhtml");
        browser.fieldLabelled("createForm", "名前").sendKeys("電話システム " + number);
        browser.click(By.id("createForm:create"));
        String secret = browser.text("secret").strip();
        assertTrue(secret.startsWith("hts_"), secret);
        String csv = "work_date,contract_number,start,end,calls\r\n" + today + "," + number + ",14:00,15:00,4\r\n";
        Exports.write("browser-api.csv", csv.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = postWorkRecords(csv, secret);
        assertEquals(200, accepted.statusCode(), accepted.body());
        Exports.write("browser-api-answer.json", accepted.body().getBytes(StandardCharsets.UTF_8));
        assertTrue(browser.text("tokensForm:tokens").contains("電話システム " + number));
        browser.click(By.id("tokensForm:tokens:0:revoke"));
        assertTrue(browser.text("messages").contains("失効させました"), browser.text("messages"));
        assertFalse(browser.present("secret"), "the secret is shown only once");
        assertEquals(401, postWorkRecords(csv, secret).statusCode());

        browser.open("/console/scheduling/preEntries.xhtml");
        browser.fieldLabelled("findForm", "契約番号").sendKeys(number);
        browser.click(By.id("findForm:open"));
        assertTrue(browser.text("deadline").contains(thisMonday.minusDays(14).toString()), browser.text("deadline"));
        assertTrue(browser.text("deadline").contains("理由が必要"), browser.text("deadline"));
        choose("weekForm:days:0:from1", "10:00");
        choose("weekForm:days:0:to1", "12:00");
        browser.click(By.id("weekForm:save"));
        assertTrue(browser.text("messages").contains("理由が必要です"), browser.text("messages"));
        browser.fieldLabelled("weekForm", "理由").sendKeys("本人から電話で依頼");
        browser.click(By.id("weekForm:save"));
        assertTrue(browser.text("messages").contains("保存しました。"), browser.text("messages"));
        assertTrue(browser.text("overrides").contains("本人から電話で依頼"), browser.text("overrides"));

        browser.open("/console/scheduling/coverage.xhtml");
        String firstHour = browser.driver().findElement(By.xpath("//tr[@id='day-" + thisMonday + "']/td[1]")).getText().strip();
        assertTrue(Integer.parseInt(firstHour) >= 1, "10:00 of this Monday is covered: " + firstHour);
    }

    private static HttpResponse<String> postWorkRecords(String csv, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/scheduling/work-records"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void choose(String selectId, String time) {
        new Select(browser.driver().findElement(By.id(selectId))).selectByVisibleText(time);
    }

    private static void upload(Path file) {
        browser.driver().findElement(By.id("importForm:csvFile_input")).sendKeys(file.toAbsolutePath().toString());
        browser.waitVisible(By.cssSelector("#importForm\\:csvFile .ui-fileupload-row"));
        browser.click(By.cssSelector("#importForm\\:csvFile button.ui-fileupload-upload"));
        browser.waitVisible(By.id("importSummary"));
    }

    private static void lookUpStanding(String number) {
        browser.open("/console/scheduling/standings.xhtml");
        browser.fieldLabelled("lookUpForm", "契約番号").sendKeys(number);
        browser.click(By.id("lookUpForm:lookUp"));
        browser.waitVisible(By.id("lookedUp"));
    }

    /** Contract number, user name and password of a new contractor (the test deployment's fixture). */
    private static String[] newContractor() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Browser.BASE_URL + SchedulingDeployments.FIXTURES + "/contractor"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().strip().split(",");
    }
}
