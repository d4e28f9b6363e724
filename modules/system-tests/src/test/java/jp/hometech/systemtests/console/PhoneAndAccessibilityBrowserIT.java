package jp.hometech.systemtests.console;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.systemtests.support.AccessibilityScan;
import jp.hometech.systemtests.support.Browser;
import jp.hometech.systemtests.support.BrowserJourney;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applicants apply from phones: every public and portal page fits a 390 px wide screen without sideways scrolling,
 * and the application form takes the phone number as phones and Macs type it (U+2212 and other dashes). Every page
 * (both widths) also passes the WCAG 2 A/AA scan the browser runs on each page it shows the first time; this class
 * opens each list page of each module with the role it is for, so none is left unscanned.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneAndAccessibilityBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "applicant-pass-2026";
    private static Browser phone;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startPhone() {
        phone = new Browser(390, 844);
    }

    @AfterAll
    static void stopPhone() {
        if (phone != null) {
            phone.close();
            phone = null;
        }
    }

    @BeforeEach
    void freshPhoneSession() {
        phone.open("/login.xhtml");
        phone.forgetSession();
    }

    @Test
    void loginApplicationFormAndPortalFitA390PxPhoneAndTheFormTakesAMacMinusInThePhoneNumber() {
        phone.open("/login.xhtml");
        assertEquals(390L, ((JavascriptExecutor) phone.driver()).executeScript("return window.innerWidth"),
                "the phone's window is 390 px wide");
        assertFits("the login page");
        phone.open("/apply/index.xhtml");
        assertFits("the application form");

        String email = "phone-" + UUID.randomUUID().toString().substring(0, 12) + "@example.jp";
        phone.fieldLabelled("applyForm", "氏名（漢字）").sendKeys("電話 花子");
        phone.fieldLabelled("applyForm", "氏名（フリガナ）").sendKeys("デンワ ハナコ");
        phone.fieldLabelled("applyForm", "生年月日").sendKeys(LocalDate.now(JapaneseCalendar.ZONE).minusYears(27).toString());
        phone.fieldLabelled("applyForm", "メールアドレス").sendKeys(email);
        phone.fieldLabelled("applyForm", "電話番号").sendKeys("03\u22121234\u22125678");
        phone.fieldLabelled("applyForm", "住所").sendKeys("東京都千代田区千代田1-1");
        phone.click(By.id("applyForm:addQualification"));
        new Select(phone.waitVisible(By.id("applyForm:qualifications:0:qualification"))).selectByVisibleText("ITパスポート");
        phone.driver().findElement(By.id("applyForm:qualifications:0:obtainedOn_input"))
                .sendKeys(LocalDate.now(JapaneseCalendar.ZONE).minusYears(2).toString());
        phone.driver().findElement(By.id("applyForm:internetPc")).click();
        phone.driver().findElement(By.id("applyForm:obligations")).click();
        phone.driver().findElement(By.id("applyForm:personalData")).click();
        phone.fieldLabelled("applyForm", "パスワード").sendKeys(PASSWORD);
        phone.fieldLabelled("applyForm", "パスワード（確認）").sendKeys(PASSWORD);
        assertFits("the filled application form");
        phone.click(By.id("applyForm:submit"));

        assertEquals("一次選考（面接）へのご案内", phone.text("decision"), () -> phone.text("messages"));
        assertFits("the application's decision");

        phone.logIn(email, PASSWORD);
        phone.waitVisible(By.id("headerForm:logout"));
        assertTrue(phone.driver().getCurrentUrl().endsWith("/portal/application/index.xhtml"), phone.driver().getCurrentUrl());
        assertFits("the applicant's portal page");
        phone.open("/portal/training/index.xhtml");
        assertFits("the training portal page");
    }

    @Test
    void theContractorsPortalFitsA390PxPhone() {
        phone.logIn("contractor", "contractor-demo-2026");
        phone.waitVisible(By.id("headerForm:logout"));
        assertFits("the contractor's portal page " + phone.driver().getCurrentUrl());
        phone.open("/portal/training/index.xhtml");
        assertFits("the contractor's training page");
    }

    @Test
    void everyStaffListPageMeetsWcag2AaForItsRole() {
        List<String> pages = List.of("/console/dashboard.xhtml", "/console/recruitment/applicants.xhtml",
                "/console/recruitment/slots.xhtml", "/console/recruitment/slotCalendar.xhtml",
                "/console/recruitment/contracts.xhtml", "/console/recruitment/qualifications.xhtml",
                "/console/recruitment/failureReasons.xhtml", "/console/training/cohorts.xhtml",
                "/console/training/calendar.xhtml", "/console/training/awaiting.xhtml",
                "/console/training/environmentChecks.xhtml", "/console/admin/accounts.xhtml",
                "/console/admin/audit.xhtml");
        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        for (String page : pages) {
            browser.open(page);
            assertTrue(browser.present("headerForm:logout"), page + " was shown");
        }
        for (String[] roleAndPage : new String[][] {{"recruiter", "/console/recruitment/applicants.xhtml"},
                {"trainer", "/console/training/cohorts.xhtml"}}) {
            browser.open("/login.xhtml");
            browser.forgetSession();
            browser.logIn(roleAndPage[0], roleAndPage[0] + "-demo-2026");
            browser.open(roleAndPage[1]);
            // The scan of the page as this role sees it (its menu differs from ADMIN's).
            AccessibilityScan.assertNoViolations(browser.driver(), roleAndPage[1] + " as " + roleAndPage[0]);
        }
    }

    @Test
    void theFailureReasonsDialogMeetsWcag2Aa_R8() {
        browser.logIn("admin", "admin-demo-2026");
        browser.open("/console/recruitment/failureReasons.xhtml");
        browser.click(By.id("tableForm:newReason"));
        WebElement code = browser.waitVisible(By.id("editForm:code"));
        assertTrue(code.isDisplayed());
        AccessibilityScan.assertNoViolations(browser.driver(), "the failure reason dialog");
    }

    @Test
    void theScanFailsOnTextBelowTheContrastWcag2AaAsks() {
        browser.open("/login.xhtml");
        ((JavascriptExecutor) browser.driver()).executeScript("var p = document.createElement('p');"
                + "p.textContent = 'faint'; p.style.color = '#b0b0b0'; p.style.background = '#ffffff';"
                + "document.querySelector('main, body').appendChild(p);");

        AssertionError failed = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> AccessibilityScan.assertNoViolations(browser.driver(), "the login page with faint text"));
        assertTrue(failed.getMessage().contains("color-contrast"), failed.getMessage());
    }

    /** No sideways scroll: the document is no wider than the window; else say which elements stick out. */
    private static void assertFits(String what) {
        Object overflow = ((JavascriptExecutor) phone.driver()).executeScript("""
                var width = window.innerWidth;
                if (document.documentElement.scrollWidth <= width) { return ''; }
                var out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > width + 0.5 && out.length < 12) {
                    out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + Math.round(r.right));
                  }
                });
                return 'scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width + ': ' + out.join(', ');
                """);
        assertEquals("", overflow, what + " scrolls sideways on a 390 px screen");
    }
}
