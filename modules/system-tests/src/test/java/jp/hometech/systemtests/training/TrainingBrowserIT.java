package jp.hometech.systemtests.training;

import jp.hometech.systemtests.support.BrowserJourney;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.systemtests.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training pages in headless Chromium: a trainer lays out a cohort and finds its days on the calendar, a
 * trainee fills in the work-environment check and sees the verdict, a trainer records attendance.
 *
 * <p>Recruitment's pages that let an interviewer record a pass are not part of this build, so a test stands in
 * for that step by writing the candidate as recruitment's event would have (TrainingIT checks the event itself);
 * everything after it goes through the pages. Days that have to have come are reached by moving the cohort's
 * dates back in the database ({@link TrainingClock}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingBrowserIT extends BrowserJourney {

    private static final AtomicLong CANDIDATES = new AtomicLong(System.currentTimeMillis() * 1000 + 500_000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void trainerCreatesACohortAndSeesItsDaysOnTheCalendar_T1_T2() {
        logInAs("trainer", "trainer-demo-2026");
        LocalDate start = TrainingClock.trainingDayFromNow(45);
        long cohortId = createCohort(start, 5);

        String firstGroupDay = dateOfDay("集合研修 1");
        String assessmentDay = dateOfDay("確認テスト 1");
        assertTrue(LocalDate.parse(firstGroupDay).isAfter(start), "group training follows the self-study");
        for (String date : new String[] {firstGroupDay, assessmentDay}) {
            assertFalse(LocalDate.parse(date).getDayOfWeek().getValue() >= 6, date + " is a weekday (T2)");
        }

        browser.open("/console/training/calendar.xhtml?month=" + firstGroupDay.substring(0, 7));
        WebElement groupDay = browser.waitVisible(By.id("day-" + firstGroupDay));
        assertTrue(groupDay.getText().contains("#" + cohortId + " 集合研修 1"), groupDay.getText());
        assertTrue(groupDay.getText().contains("09:45–17:15"), groupDay.getText());
        browser.open("/console/training/calendar.xhtml?month=" + assessmentDay.substring(0, 7));
        assertTrue(browser.waitVisible(By.id("day-" + assessmentDay)).getText().contains("#" + cohortId + " 確認テスト"));
        browser.open("/console/training/calendar.xhtml?month=" + start.toString().substring(0, 7));
        assertTrue(browser.waitVisible(By.id("day-" + start)).getText().contains("#" + cohortId + " 自主学習"));
    }

    @Test
    void trainerCannotMoveADayOntoAWeekendAndTheRefusalSaysWhy_T2() {
        logInAs("trainer", "trainer-demo-2026");
        createCohort(TrainingClock.trainingDayFromNow(45), 5);
        LocalDate groupDay = LocalDate.parse(dateOfDay("集合研修 2"));
        LocalDate saturday = groupDay.with(java.time.temporal.TemporalAdjusters.previous(java.time.DayOfWeek.SATURDAY));

        new Select(browser.fieldLabelled("daysForm", "移動する日")).selectByVisibleText(groupDay + " 集合研修 2");
        typeDate(browser.fieldLabelled("daysForm", "移動先の日付"), saturday);
        browser.click(By.id("daysForm:move"));

        browser.waitForText(By.id("messages"), saturday + " は土曜日または日曜日です");
        assertEquals(groupDay.toString(), dateOfDay("集合研修 2"), "the refused move changed nothing");
    }

    @Test
    void traineeFillsTheEnvironmentCheckAndSeesTheResult_E1toE7() throws Exception {
        String trainee = newApplicantAccount("環境 確認子");
        long candidate = candidatePassedInterview("環境 確認子", trainee);
        logInAs("trainer", "trainer-demo-2026");
        long cohortId = createCohort(TrainingClock.trainingDayFromNow(40), 5);
        announce(cohortId);
        enrol(candidate, "環境 確認子", cohortId);

        logInAs(trainee, "initial-pass-2026");
        browser.open("/portal/training/index.xhtml");
        browser.waitForText(By.id("enrolmentSummary"), "#" + cohortId);
        fillEnvironment("090-1234-5678", "WIRELESS_ROUTER");
        browser.click(By.id("environmentForm:submitCheck"));
        browser.waitForText(By.id("messages"), "業務環境の条件を満たしていない項目が 2 件あります");
        browser.waitForText(By.id("findings"), "090-1234-5678 は携帯電話の番号");
        assertTrue(browser.text("findings").contains("無線で提供されるインターネット回線"), browser.text("findings"));
        assertTrue(browser.text("checkStatus").contains("未提出"));

        fillEnvironment("03-1234-5678", "FIBRE");
        browser.click(By.id("environmentForm:submitCheck"));
        browser.waitForText(By.id("messages"), "業務環境チェックを提出しました");
        browser.waitForText(By.id("checkStatus"), "確認待ち");

        logInAs("trainer", "trainer-demo-2026");
        browser.open("/console/training/environmentChecks.xhtml");
        browser.click(By.xpath("//tbody[@id='tableForm:checks_data']/tr[td[normalize-space(.)='" + trainee
                + "']]//button"));
        browser.waitForText(By.id("selectedUser"), trainee);
        browser.click(By.id("decisionForm:verify"));
        browser.waitForText(By.id("messages"), "業務環境を確認済みにしました");

        logInAs(trainee, "initial-pass-2026");
        browser.open("/portal/training/index.xhtml");
        browser.waitForText(By.id("checkStatus"), "確認済み");
    }

    @Test
    void trainerRecordsAttendanceAndAnAbsenceMeansSelfStudyInstead_T3() throws Exception {
        String absentee = newApplicantAccount("欠席 予定子");
        long absent = candidatePassedInterview("欠席 予定子", absentee);
        long present = candidatePassedInterview("出席 太郎", "trainee-" + UUID.randomUUID().toString().substring(0, 8));
        logInAs("trainer", "trainer-demo-2026");
        long cohortId = createCohort(TrainingClock.trainingDayFromNow(40), 5);
        announce(cohortId);
        enrol(absent, "欠席 予定子", cohortId);
        enrol(present, "出席 太郎", cohortId);
        try (Connection connection = database()) {
            TrainingClock.moveIntoThePast(connection, cohortId);
        }

        browser.open("/console/training/cohortDetail.xhtml?id=" + cohortId);
        browser.waitVisible(By.id("cohortForm:start"));
        browser.click(By.id("cohortForm:start"));
        browser.waitForText(By.id("messages"), "研修期 #" + cohortId + " を開始しました");
        String firstGroupDay = dateOfDay("集合研修 1");
        new Select(browser.fieldLabelled("attendanceForm", "出欠を記録する日")).selectByVisibleText(firstGroupDay + " 集合研修 1");
        browser.click(By.id("attendanceForm:chooseDay"));
        WebElement absentBox = browser.fieldLabelled("attendanceForm", "欠席 予定子");
        assertTrue(absentBox.isSelected(), "everybody is present until the trainer says otherwise");
        absentBox.click();
        browser.click(By.id("attendanceForm:saveAttendance"));
        browser.waitForText(By.id("messages"), "出席 1 名、欠席・自習で代替 1 名");

        assertTrue(gridRow("欠席 予定子").contains("欠席（自主学習で代替）"), gridRow("欠席 予定子"));
        assertTrue(gridRow("出席 太郎").contains("出席"), gridRow("出席 太郎"));
        assertFalse(gridRow("出席 太郎").contains("欠席"), gridRow("出席 太郎"));

        logInAs(absentee, "initial-pass-2026");
        browser.open("/portal/training/index.xhtml");
        WebElement row = browser.waitVisible(By.xpath("//tr[td[contains(., '" + firstGroupDay + "')]]"));
        assertTrue(row.getText().contains("欠席（自主学習で代替）"), row.getText());
    }

    // Steps

    private void logInAs(String username, String password) {
        browser.open("/login.xhtml");
        browser.forgetSession();
        browser.logIn(username, password);
        browser.waitVisible(By.id("headerForm:logout"));
    }

    private long createCohort(LocalDate start, int capacity) {
        browser.open("/console/training/cohorts.xhtml");
        browser.waitVisible(By.id("createForm:capacity"));
        browser.fieldLabelled("createForm", "定員").sendKeys(String.valueOf(capacity));
        typeDate(browser.fieldLabelled("createForm", "開始日"), start);
        browser.click(By.id("createForm:create"));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find(), browser.driver().getCurrentUrl());
        browser.waitForText(By.id("messages"), "を作成しました");
        assertEquals(start.toString(), browser.text("cohortForm:startDate"));
        return Long.parseLong(id.group(1));
    }

    private void announce(long cohortId) {
        browser.open("/console/training/cohortDetail.xhtml?id=" + cohortId);
        browser.waitVisible(By.id("cohortForm:announce"));
        browser.click(By.id("cohortForm:announce"));
        browser.waitForText(By.id("messages"), "研修期 #" + cohortId + " を告知しました");
    }

    private void enrol(long candidateId, String name, long cohortId) {
        browser.open("/console/training/awaiting.xhtml");
        new Select(browser.fieldLabelled("enrolForm", "登録先の研修期")).selectByValue(String.valueOf(cohortId));
        browser.click(By.xpath("//tbody[@id='enrolForm:candidates_data']/tr[td[normalize-space(.)='"
                + candidateId + "']]//button"));
        browser.waitForText(By.id("messages"), name + " さんを研修期 #" + cohortId + " に登録しました");
    }

    private void fillEnvironment(String phoneNumber, String internetType) {
        setChecked("E1 生活音の入らない個室（閉鎖空間）でパソコンとヘッドセット付き電話機を使える", true);
        setChecked("E2 固定電話回線をその部屋まで配線し、電話機に有線で接続している（コードレス不可）", true);
        setChecked("E2 インターネット回線をパソコンに有線（LANケーブル）で接続している", true);
        replace(browser.fieldLabelled("environmentForm", "E3 固定電話の番号（市外局番から10桁）"), phoneNumber);
        typeDate(browser.fieldLabelled("environmentForm", "E4 回線の開通日（開通予定日）"), TrainingClock.today());
        new Select(browser.fieldLabelled("environmentForm", "E6 インターネット回線の種類")).selectByValue(internetType);
        setChecked("E7 パソコンはご自身の所有物である", true);
        new Select(browser.fieldLabelled("environmentForm", "E7 パソコンのOS")).selectByValue("WINDOWS_11");
        replace(browser.fieldLabelled("environmentForm", "E7 CPU（プロセッサ名）"), "Intel Core i5-1235U");
        replace(browser.fieldLabelled("environmentForm", "E7 CPUのコア数"), "4");
        replace(browser.fieldLabelled("environmentForm", "E7 メモリ（GB）"), "16");
        replace(browser.fieldLabelled("environmentForm", "E7 ストレージの空き容量（GB）"), "200");
    }

    private void setChecked(String label, boolean checked) {
        WebElement box = browser.fieldLabelled("environmentForm", label);
        if (box.isSelected() != checked) {
            box.click();
        }
    }

    private static void replace(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    /** The date picker parses while one types and may drop a fast typist's text: type until it holds. */
    private static void typeDate(WebElement field, LocalDate date) {
        for (int attempt = 0; attempt < 5 && !date.toString().equals(field.getAttribute("value")); attempt++) {
            field.clear();
            field.sendKeys(date.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2)).until(d -> field.getAttribute("value") != null);
            field.sendKeys(Keys.TAB);
        }
        assertEquals(date.toString(), field.getAttribute("value"), "the date picker holds the typed date");
    }

    /** The date shown in the cohort's plan for an entry such as "集合研修 1". */
    private String dateOfDay(String kindAndSequence) {
        return browser.driver().findElement(By.xpath("//tbody[@id='daysForm:days_data']/tr[td[normalize-space(.)='"
                + kindAndSequence + "']]/td[3]")).getText().strip();
    }

    private String gridRow(String name) {
        return browser.driver().findElement(By.xpath("//table[@id='attendanceGrid']//tr[td[normalize-space(.)='" + name
                + "']]")).getText();
    }

    // Data that recruitment's pages would have made

    /** Opens an APPLICANT account through the admin page, as the application page does for an applicant. */
    private String newApplicantAccount(String displayName) {
        String username = "trainee-" + UUID.randomUUID().toString().substring(0, 8);
        logInAs("admin", "admin-demo-2026");
        browser.open("/console/admin/accounts.xhtml");
        browser.click(By.id("filterForm:newAccount"));
        browser.waitVisible(By.id("createForm:username"));
        browser.fieldLabelled("createForm", "ユーザー名").sendKeys(username);
        browser.fieldLabelled("createForm", "氏名").sendKeys(displayName);
        browser.fieldLabelled("createForm", "メールアドレス").sendKeys(username + "@example.jp");
        browser.driver().findElement(By.xpath("//*[@id='createForm:roles']//label[normalize-space(.)='応募者']")).click();
        browser.fieldLabelled("createForm", "初期パスワード").sendKeys("initial-pass-2026");
        browser.click(By.id("createForm:create"));
        browser.waitForText(By.id("messages"), "アカウント「" + username + "」を作成しました。");
        return username;
    }

    /**
     * What training records when recruitment publishes ApplicantPassedInterview for this person: their account
     * id. A user name without an account (a trainee who never signs in here) gets an id no real account has.
     */
    private static long candidatePassedInterview(String name, String portalUsername) throws SQLException {
        long candidateId = CANDIDATES.incrementAndGet();
        try (Connection connection = database();
             PreparedStatement insert = connection.prepareStatement("insert into training.awaiting_candidate "
                     + "(candidate_id, display_name, account_id, passed_at) values (?, ?, "
                     + "coalesce((select id from platform.account where username = ?), ?), now())")) {
            insert.setLong(1, candidateId);
            insert.setString(2, name);
            insert.setString(3, portalUsername);
            insert.setLong(4, candidateId);
            insert.executeUpdate();
        }
        return candidateId;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.user(), TestDatabase.password());
    }
}
