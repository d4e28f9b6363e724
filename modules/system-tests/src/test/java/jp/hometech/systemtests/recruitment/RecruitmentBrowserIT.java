package jp.hometech.systemtests.recruitment;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.systemtests.support.BrowserJourney;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recruitment journeys in headless Chromium, in Japanese: applying from the public page, booking an
 * interview in the applicant portal, the recruiter's outcome with the R4c checklist, the minor's consent before
 * the contract (R3), and the contractor's first login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentBrowserIT extends BrowserJourney {

    private static final String APPLICANT_PASSWORD = "applicant-pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void fifteenYearOldAppliesFromTheLoginPageAndIsToldWhyNot_R1_R8() {
        String email = uniqueEmail();
        browser.open("/login.xhtml");
        browser.click(By.id("applyLink"));
        browser.waitVisible(By.id("applyForm:submit"));
        assertTrue(browser.driver().getCurrentUrl().contains("/apply/index.xhtml"));

        fillApplication(email, JapaneseCalendar.standard().today().minusYears(15).minusDays(10), false);
        addQualification("ITパスポート");
        submitApplication();

        assertEquals("今回はご応募の条件を満たしていません", browser.text("decision"));
        assertEquals("判定の根拠: R1（年齢（16歳以上））", browser.text("decidingRule"));
        assertTrue(browser.text("reason").contains("応募は16歳からです"), browser.text("reason"));
        assertTrue(browser.text("reason").startsWith("応募日（"), browser.text("reason"));

        applyWithQualification(email, JapaneseCalendar.standard().today().minusYears(30), "ITパスポート");
        assertTrue(browser.text("messages").contains("このメールアドレスでは既にご応募いただいています。"),
                browser.text("messages"));
        assertTrue(browser.present("applyForm:submit"), "the form stays with what was typed");
    }

    @Test
    void eligiblePersonAppliesLogsInAndBooksASlot_R4a_R7() {
        String interviewer = createSlotAsRecruiter();
        String email = uniqueEmail();

        applyWithQualification(email, JapaneseCalendar.standard().today().minusYears(28), "P検 準2級");
        assertEquals("一次選考（面接）へのご案内", browser.text("decision"));
        assertTrue(browser.text("invitedText").contains(email));

        logInAsApplicant(email);
        assertEquals("面接予約待ち", browser.text("portalForm:statusText"));
        assertTrue(browser.present("portalForm:cohorts"), "the next cohorts' dates are shown (T5)");

        chooseDevice("タブレット", false);
        browser.click(slotButton(interviewer, "book"));
        browser.waitVisible(By.id("messages"));
        assertTrue(browser.text("messages").contains("タブレットやスマートフォンだけでは面接を受けられません。"),
                browser.text("messages"));

        chooseDevice("パソコン（Webカメラ付き）", true);
        browser.driver().findElement(By.id("portalForm:canAttendNextCohort")).click();
        browser.click(slotButton(interviewer, "book"));
        browser.waitForText(By.id("messages"), "面接を予約しました。");
        assertTrue(browser.text("messages").contains("次回の研修日程に参加できない場合"), browser.text("messages"));
        assertEquals("面接予約済み", browser.text("portalForm:statusText"));
        assertTrue(browser.text("bookingText").contains("パソコン（Webカメラ付き）"));
    }

    @Test
    void recruiterRecordsThePassWithTheWholeChecklist_R4c() {
        String interviewer = createSlotAsRecruiter();
        String email = uniqueEmail();
        browser.open("/apply/index.xhtml");
        fillApplication(email, JapaneseCalendar.standard().today().minusYears(40), false);
        browser.driver().findElement(By.id("applyForm:selfDeclaration")).click();
        submitApplication();
        assertEquals("一次選考（面接）へのご案内", browser.text("decision"));
        bookAsApplicant(email, interviewer);

        openApplicantAsRecruiter(email);
        assertTrue(browser.text("route").contains("R4c"), browser.text("route"));
        browser.driver().findElement(By.xpath("//form[@id='outcomeForm']//label[normalize-space(.)='合格']")).click();
        for (int topic = 0; topic < 7; topic++) {
            browser.driver().findElement(By.id("outcomeForm:topics:" + topic)).click();
        }
        browser.click(By.id("outcomeForm:recordOutcome"));
        browser.waitVisible(By.id("messages"));
        assertTrue(browser.text("messages").contains("全項目の確認が合格の条件です（確認済み 7/8）"), browser.text("messages"));

        browser.driver().findElement(By.xpath("//form[@id='outcomeForm']//label[normalize-space(.)='合格']")).click();
        browser.driver().findElement(By.id("outcomeForm:topics:7")).click();
        browser.fieldLabelled("outcomeForm", "メモ").sendKeys("説明は具体的で分かりやすい");
        browser.click(By.id("outcomeForm:recordOutcome"));
        browser.waitForText(By.id("messages"), "面接の合格を登録しました。");

        assertEquals("面接合格", browser.text("status"));
        assertEquals(8, browser.driver().findElements(By.xpath("//ul[@id='checklistResult']/li[starts-with(normalize-space(.),'✔')]")).size());
        assertTrue(browser.text("history").contains("面接合格"));
    }

    @Test
    void minorsContractWaitsForVerifiedConsentThenTheContractorLogsIn_R3() throws IOException {
        String interviewer = createSlotAsRecruiter();
        String email = uniqueEmail();
        applyWithQualification(email, JapaneseCalendar.standard().today().minusYears(17).minusDays(30), "基本情報技術者");
        assertEquals("一次選考（面接）へのご案内", browser.text("decision"));
        assertTrue(browser.text("consentNotice").contains("親権者の同意書"));
        bookAsApplicant(email, interviewer);

        openApplicantAsRecruiter(email);
        browser.driver().findElement(By.xpath("//form[@id='outcomeForm']//label[normalize-space(.)='合格']")).click();
        browser.click(By.id("outcomeForm:recordOutcome"));
        browser.waitForText(By.id("messages"), "面接の合格を登録しました。");

        String contractor = "c-" + UUID.randomUUID().toString().substring(0, 8);
        fillContract(contractor);
        browser.click(By.id("contractForm:conclude"));
        browser.waitVisible(By.id("messages"));
        assertTrue(browser.text("messages").contains("確認済みの親権者の同意書が必要です（R3）"), browser.text("messages"));
        assertEquals("面接合格", browser.text("status"));

        uploadConsent(Files.writeString(Files.createTempFile("consent", ".txt"), "署名しました", StandardCharsets.UTF_8));
        assertTrue(browser.text("messages").contains("PDF、PNG、JPEG のファイルのみ登録できます。"), browser.text("messages"));
        Path pdf = Files.createTempFile("consent", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        uploadConsent(pdf);
        browser.waitForText(By.id("messages"), "同意書を登録しました。");
        assertTrue(browser.text("consentState").startsWith("登録済み・未確認"), browser.text("consentState"));

        fillContract(contractor);
        browser.click(By.id("contractForm:conclude"));
        browser.waitVisible(By.id("messages"));
        assertTrue(browser.text("messages").contains("確認済みの親権者の同意書が必要です（R3）"), "uploaded is not yet verified");

        browser.click(By.id("consentForm:verifyConsent"));
        browser.waitForText(By.id("messages"), "同意書を確認済みにしました。");
        fillContract(contractor);
        browser.click(By.id("contractForm:conclude"));
        browser.waitForText(By.id("messages"), "契約を締結しました。");
        assertEquals("契約締結済み", browser.text("status"));
        assertEquals(contractor, browser.text("contractorUsername"));
        browser.open("/console/recruitment/contracts.xhtml");
        browser.fieldLabelled("filterForm", "契約番号・氏名・ログインID").sendKeys(contractor);
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("tableForm:contracts"), contractor);
        browser.waitForText(By.id("tableForm:contracts"), "有効");

        browser.click(By.id("headerForm:logout"));
        browser.waitVisible(By.id("loggedOutNotice"));
        browser.forgetSession();
        browser.logIn(contractor, "contractor-pass-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/index.xhtml"), browser.driver().getCurrentUrl());
        assertEquals(contractor, browser.text("username"));
    }

    @Test
    void recruiterSuspendsAndThenEndsAContractWithReasonsAndAStaleChangeIsRefused() {
        String interviewer = createSlotAsRecruiter();
        String email = uniqueEmail();
        applyWithQualification(email, JapaneseCalendar.standard().today().minusYears(30), "P検 準2級");
        assertEquals("一次選考（面接）へのご案内", browser.text("decision"));
        bookAsApplicant(email, interviewer);
        openApplicantAsRecruiter(email);
        browser.driver().findElement(By.xpath("//form[@id='outcomeForm']//label[normalize-space(.)='合格']")).click();
        browser.click(By.id("outcomeForm:recordOutcome"));
        browser.waitForText(By.id("messages"), "面接の合格を登録しました。");
        String contractor = "c-" + UUID.randomUUID().toString().substring(0, 8);
        fillContract(contractor);
        browser.click(By.id("contractForm:conclude"));
        browser.waitForText(By.id("messages"), "契約を締結しました。");

        browser.open("/console/recruitment/contracts.xhtml");
        browser.fieldLabelled("filterForm", "契約番号・氏名・ログインID").sendKeys(contractor);
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("tableForm:contracts"), contractor);
        assertContractStatus("有効");

        browser.click(By.id("tableForm:contracts:0:suspend"));
        browser.waitVisible(By.id("changeForm:reason")).sendKeys("機器の返却待ち");
        browser.click(By.id("changeForm:apply"));
        browser.waitForText(By.id("messages"), "を休止しました。");
        assertContractStatus("休止中");
        assertTrue(browser.text("tableForm:contracts").contains("機器の返却待ち"), browser.text("tableForm:contracts"));
        assertFalse(browser.present("tableForm:contracts:0:suspend"), "a suspended contract offers resume, not suspend");
        assertTrue(browser.present("tableForm:contracts:0:resume"));

        // The end dialog keeps the version this tab saw; a change made meanwhile in another tab makes it stale.
        browser.click(By.id("tableForm:contracts:0:end"));
        browser.waitVisible(By.id("changeForm:reason"));
        String staleTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/console/recruitment/contracts.xhtml");
        browser.fieldLabelled("filterForm", "契約番号・氏名・ログインID").sendKeys(contractor);
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("tableForm:contracts"), contractor);
        browser.click(By.id("tableForm:contracts:0:resume"));
        browser.waitVisible(By.id("changeForm:apply"));
        browser.click(By.id("changeForm:apply"));
        browser.waitForText(By.id("messages"), "を再開しました。");
        assertContractStatus("有効");
        browser.driver().close();
        browser.driver().switchTo().window(staleTab);
        browser.driver().findElement(By.id("changeForm:reason")).sendKeys("古い画面からの操作");
        browser.click(By.id("changeForm:apply"));
        browser.waitForText(By.id("messages"), "他の担当者がこのデータを先に更新しました。");
        assertContractStatus("有効");
        browser.driver().findElement(By.id("changeForm:cancel")).click();

        LocalDate endDate = JapaneseCalendar.standard().today().plusDays(60);
        browser.click(By.id("tableForm:contracts:0:end"));
        browser.waitVisible(By.id("changeForm:reason")).sendKeys("本人の申し出により終了");
        replace(browser.driver().findElement(By.id("changeForm:endDate_input")), endDate.toString());
        browser.click(By.id("changeForm:apply"));
        browser.waitForText(By.id("messages"), "を " + endDate + " で終了しました。");
        assertContractStatus("終了");
        assertTrue(browser.text("tableForm:contracts").contains(endDate.toString()), browser.text("tableForm:contracts"));
        assertTrue(browser.text("tableForm:contracts").contains("本人の申し出により終了"), browser.text("tableForm:contracts"));
        assertFalse(browser.present("tableForm:contracts:0:end"), "an ended contract cannot be ended again");
    }

    @Test
    void recruiterCreatesSlotsAndSeesThemOnTheMonthCalendar_R7_K1() {
        String interviewer = "面接官" + UUID.randomUUID().toString().substring(0, 6);
        JapaneseCalendar calendar = JapaneseCalendar.standard();
        YearMonth month = YearMonth.from(calendar.today()).plusMonths(2);
        LocalDate firstDay = calendar.nextWorkingWeekday(month.atDay(1).minusDays(1));
        LocalDate secondDay = calendar.nextWorkingWeekday(firstDay);
        browser.logIn("recruiter", "recruiter-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/console/recruitment/slots.xhtml");
        replace(browser.fieldLabelled("createForm", "開始日"), firstDay.toString());
        replace(browser.fieldLabelled("createForm", "終了日"), secondDay.toString());
        replace(browser.fieldLabelled("createForm", "開始時刻"), "09:30, 16:00");
        browser.fieldLabelled("createForm", "面接官").sendKeys(interviewer);
        replace(browser.fieldLabelled("createForm", "定員"), "2");
        browser.click(By.id("createForm:create"));
        browser.waitForText(By.id("messages"), "面接枠を 4 件作成しました。");

        browser.click(By.id("calendarLink"));
        assertEquals(YearMonth.from(calendar.today()).toString(), browser.text("shownMonth"));
        for (int ahead = 1; ahead <= 2; ahead++) {
            browser.click(By.id("nextMonth"));
        }
        assertEquals(month.toString(), browser.text("shownMonth"));
        for (LocalDate day : new LocalDate[] {firstDay, secondDay}) {
            var entries = browser.driver().findElements(By.xpath("//td[@id='day-" + day
                    + "']/div[contains(@class,'bo-cal-entry')][contains(normalize-space(.),'" + interviewer + "')]"));
            assertEquals(2, entries.size(), day + ": " + browser.text("day-" + day));
            assertEquals("09:30–10:00 " + interviewer + " 予約 0/2", entries.get(0).getText().replaceAll("\\s+", " ").strip());
            assertEquals("16:00–16:30 " + interviewer + " 予約 0/2", entries.get(1).getText().replaceAll("\\s+", " ").strip());
        }
        assertEquals(4, browser.driver().findElements(By.xpath("//table[@id='calendar']//div[contains(@class,'bo-cal-entry')]"
                + "[contains(normalize-space(.),'" + interviewer + "')]")).size(), "the working days between hold no other slots of theirs");

        LocalDate holiday = calendar.today();
        while (calendar.holiday(holiday).isEmpty()) {
            holiday = holiday.plusDays(1);
        }
        browser.open("/console/recruitment/slotCalendar.xhtml?month=" + YearMonth.from(holiday));
        assertTrue(browser.text("day-" + holiday).contains(calendar.holiday(holiday).orElseThrow().nameJa()),
                browser.text("day-" + holiday));
        browser.click(By.id("previousMonth"));
        assertEquals(YearMonth.from(holiday).minusMonths(1).toString(), browser.text("shownMonth"));
    }

    @Test
    void adminAddsAQualificationThatTheApplicationFormOffers_R4a() {
        String code = "BT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "テスト資格 " + code;
        browser.logIn("recruiter", "recruiter-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/console/recruitment/qualifications.xhtml");
        assertTrue(browser.text("tableForm:qualifications").contains("ITパスポート"));
        assertFalse(browser.present("tableForm:newQualification"), "a recruiter only reads the list");
        logOut();

        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/console/recruitment/qualifications.xhtml");
        browser.click(By.id("tableForm:newQualification"));
        browser.waitVisible(By.id("editForm:code"));
        browser.fieldLabelled("editForm", "コード").sendKeys(code);
        browser.fieldLabelled("editForm", "名称（日本語）").sendKeys(name);
        browser.fieldLabelled("editForm", "名称（英語）").sendKeys("Test qualification " + code);
        browser.click(By.id("editForm:save"));
        browser.waitForText(By.id("messages"), "資格 " + code + " を保存しました。");
        assertTrue(browser.text("tableForm:qualifications").contains(name));
        logOut();

        browser.open("/apply/index.xhtml");
        browser.click(By.id("applyForm:addQualification"));
        WebElement qualification = browser.waitVisible(By.id("applyForm:qualifications:0:qualification"));
        assertTrue(new Select(qualification).getOptions().stream().anyMatch(o -> o.getText().equals(name)));
    }

    @ParameterizedTest(name = "{0} sees the recruitment menu: {1}")
    @CsvSource({"admin, true", "recruiter, true", "trainer, false", "contractor, false"})
    void recruitmentMenuFollowsTheRole(String user, boolean recruitmentMenu) throws Exception {
        browser.logIn(user, user + "-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        assertEquals(recruitmentMenu, browser.present("menuForm:menuRecruitment"));
        assertEquals(recruitmentMenu ? 200 : 403, browser.statusOf("/console/recruitment/applicants.xhtml"));
    }

    @Test
    void applicantSeesTheApplicationMenuAndNoStaffPages() throws Exception {
        browser.logIn("applicant", "applicant-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/application/index.xhtml"));
        assertTrue(browser.present("menuForm:menuApplication"));
        assertEquals(403, browser.statusOf("/console/recruitment/applicants.xhtml"));
    }

    // ---- journey steps

    private static String uniqueEmail() {
        return "bt-" + UUID.randomUUID().toString().substring(0, 12) + "@example.jp";
    }

    /** The public form filled in by someone who is not in high school and holds one qualification, then sent. */
    private void applyWithQualification(String email, LocalDate birthDate, String qualification) {
        browser.open("/apply/index.xhtml");
        fillApplication(email, birthDate, false);
        addQualification(qualification);
        submitApplication();
    }

    private void fillApplication(String email, LocalDate birthDate, boolean highSchool) {
        browser.fieldLabelled("applyForm", "氏名（漢字）").sendKeys("試験 花子");
        browser.fieldLabelled("applyForm", "氏名（フリガナ）").sendKeys("シケン ハナコ");
        browser.fieldLabelled("applyForm", "生年月日").sendKeys(birthDate.toString());
        browser.fieldLabelled("applyForm", "メールアドレス").sendKeys(email);
        browser.fieldLabelled("applyForm", "電話番号").sendKeys("0312345678");
        browser.fieldLabelled("applyForm", "住所").sendKeys("東京都千代田区千代田1-1");
        if (highSchool) {
            browser.fieldLabelled("applyForm", "現在、高等学校に在籍している").click();
        }
        browser.driver().findElement(By.id("applyForm:internetPc")).click();
        browser.driver().findElement(By.id("applyForm:obligations")).click();
        browser.driver().findElement(By.id("applyForm:personalData")).click();
        browser.fieldLabelled("applyForm", "パスワード").sendKeys(APPLICANT_PASSWORD);
        browser.fieldLabelled("applyForm", "パスワード（確認）").sendKeys(APPLICANT_PASSWORD);
    }

    private void addQualification(String name) {
        browser.click(By.id("applyForm:addQualification"));
        WebElement qualification = browser.waitVisible(By.id("applyForm:qualifications:0:qualification"));
        new Select(qualification).selectByVisibleText(name);
        browser.driver().findElement(By.id("applyForm:qualifications:0:obtainedOn_input"))
                .sendKeys(JapaneseCalendar.standard().today().minusYears(2).toString());
    }

    private void submitApplication() {
        browser.click(By.id("applyForm:submit"));
    }

    /** As the demo recruiter, through the slots page: one slot of a new interviewer, weeks ahead. */
    private String createSlotAsRecruiter() {
        String interviewer = "面接官" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = JapaneseCalendar.standard().nextWorkingWeekday(
                JapaneseCalendar.standard().today().plusDays(14 + ThreadLocalRandom.current().nextInt(30)));
        browser.logIn("recruiter", "recruiter-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/console/recruitment/slots.xhtml");
        replace(browser.fieldLabelled("createForm", "開始日"), day.toString());
        replace(browser.fieldLabelled("createForm", "終了日"), day.toString());
        replace(browser.fieldLabelled("createForm", "開始時刻"), "15:00");
        browser.fieldLabelled("createForm", "面接官").sendKeys(interviewer);
        browser.click(By.id("createForm:create"));
        browser.waitForText(By.id("messages"), "面接枠を 1 件作成しました。");
        assertTrue(browser.text("listForm:slots").contains(interviewer));
        logOut();
        return interviewer;
    }

    private void logInAsApplicant(String email) {
        browser.logIn(email, APPLICANT_PASSWORD);
        browser.waitVisible(By.id("headerForm:logout"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/application/index.xhtml"),
                browser.driver().getCurrentUrl());
    }

    private void bookAsApplicant(String email, String interviewer) {
        browser.forgetSession();
        logInAsApplicant(email);
        chooseDevice("パソコン（Webカメラ付き）", true);
        browser.click(slotButton(interviewer, "book"));
        browser.waitForText(By.id("messages"), "面接を予約しました。");
        logOut();
    }

    private void chooseDevice(String device, boolean separateTelephone) {
        new Select(browser.fieldLabelled("portalForm", "面接に使う機器")).selectByVisibleText(device);
        WebElement telephone = browser.fieldLabelled("portalForm", "機器とは別に電話を用意できる");
        if (telephone.isSelected() != separateTelephone) {
            telephone.click();
        }
    }

    private WebElement slotButton(String interviewer, String action) {
        return browser.driver().findElement(By.xpath("//tbody[@id='portalForm:openSlots_data']/tr[td[normalize-space(.)='"
                + interviewer + "']]//button[substring(@id, string-length(@id) - " + action.length() + ")=':" + action + "']"));
    }

    private void openApplicantAsRecruiter(String email) {
        browser.forgetSession();
        browser.logIn("recruiter", "recruiter-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/console/recruitment/applicants.xhtml");
        browser.fieldLabelled("filterForm", "氏名・メール").sendKeys(email);
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("tableForm:applicants"), email);
        browser.click(By.id("tableForm:applicants:0:detail"));
        browser.waitVisible(By.id("applicantName"));
    }

    private void fillContract(String contractor) {
        replace(browser.fieldLabelled("contractForm", "契約開始日"),
                JapaneseCalendar.standard().today().plusDays(30).toString());
        replace(browser.fieldLabelled("contractForm", "マイページのログインID"), contractor);
        replace(browser.fieldLabelled("contractForm", "マイページの初期パスワード"), "contractor-pass-2026");
    }

    private void assertContractStatus(String status) {
        assertEquals(status, browser.driver().findElement(
                By.xpath("//tbody[@id='tableForm:contracts_data']/tr[1]/td[6]")).getText().strip());
    }

    private void uploadConsent(Path file) {
        browser.driver().findElement(By.cssSelector("#consentForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("consentForm:uploadConsent"));
        browser.waitVisible(By.id("messages"));
    }

    private void logOut() {
        browser.click(By.id("headerForm:logout"));
        browser.waitVisible(By.id("loggedOutNotice"));
        browser.forgetSession();
    }

    /** Select-all and type over: clear() does not empty a PrimeFaces date picker. */
    private static void replace(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }
}
