package jp.hometech.systemtests.console;

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

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console shell in headless Chromium: login per role, the menu each role sees, 403 on a typed-in URL,
 * the language switch, logout, and the lock after five wrong passwords. Demo accounts exist on the test
 * server (one per role, password = name + "-demo-2026"); the lockout test opens an account of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleShellBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ParameterizedTest(name = "{0} sees only what the role allows")
    @CsvSource({
            // user,     dashboard, portal, administration
            "admin,      true,      false,  true",
            "recruiter,  true,      false,  false",
            "trainer,    true,      false,  false",
            "equipment,  true,      false,  false",
            "scheduler,  true,      false,  false",
            "billing,    true,      false,  false",
            "contractor, false,     true,   false"})
    void eachRoleSeesOnlyItsMenu(String user, boolean dashboard, boolean portal, boolean administration) {
        browser.logIn(user, user + "-demo-2026");

        browser.waitVisible(By.id("headerForm:logout"));
        assertEquals(dashboard, browser.present("menuForm:menuDashboard"), "dashboard entry");
        assertEquals(portal, browser.present("menuForm:menuPortal"), "portal entry");
        assertEquals(administration, browser.present("menuForm:menuAdmin"), "administration menu");
        assertEquals(administration, browser.present("menuForm:menuAccounts"), "accounts entry");
        assertTrue(browser.driver().getCurrentUrl().endsWith(dashboard ? "/console/dashboard.xhtml" : "/portal/index.xhtml"));
    }

    @Test
    void forbiddenPageTypedInDirectlyAnswers403() throws Exception {
        browser.logIn("recruiter", "recruiter-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        browser.open("/console/admin/accounts.xhtml");

        assertEquals("このページを表示する権限がありません。必要な場合は管理者にご連絡ください。", browser.text("errorText"));
        assertEquals(403, browser.statusOf("/console/admin/accounts.xhtml"));
        assertEquals(403, browser.statusOf("/console/admin/audit.xhtml"));
    }

    @Test
    void contractorCannotOpenTheStaffConsole() throws Exception {
        browser.logIn("contractor", "contractor-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        assertEquals(403, browser.statusOf("/console/dashboard.xhtml"));
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        browser.open("/console/dashboard.xhtml");

        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void languageSwitchChangesThePageAndIsRemembered() {
        String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        createAccountAsAdmin(username, "Lang Tester", "RECRUITER");
        browser.forgetSession();
        browser.logIn(username, "initial-pass-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        assertEquals("ダッシュボード", browser.driver().findElement(By.tagName("h1")).getText());

        browser.click(By.id("headerForm:langEn"));
        browser.waitForText(By.tagName("h1"), "Dashboard");
        assertEquals("Log out", browser.driver().findElement(By.id("headerForm:logout")).getText());

        browser.click(By.id("headerForm:logout"));
        browser.forgetSession();
        browser.logIn(username, "initial-pass-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        assertEquals("Dashboard", browser.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void logoutEndsTheSession() {
        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        browser.click(By.id("headerForm:logout"));

        browser.waitVisible(By.id("loggedOutNotice"));
        browser.open("/console/dashboard.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void loginIssuesANewSessionId() {
        browser.open("/login.xhtml");
        String before = browser.sessionId();
        assertNotNull(before);

        browser.logIn("billing", "billing-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        assertNotEquals(before, browser.sessionId());
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        createAccountAsAdmin(username, "Lock Tester", "TRAINER");
        browser.forgetSession();

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.logIn(username, "wrong-password-" + attempt);
        }
        String afterFifth = browser.driver().findElement(By.id("messages")).getText();
        browser.logIn(username, "initial-pass-2026");
        String withRightPassword = browser.driver().findElement(By.id("messages")).getText();

        assertTrue(afterFifth.contains("ロックされています"), afterFifth);
        assertTrue(withRightPassword.contains("ロックされています"), withRightPassword);
        assertFalse(browser.present("headerForm:logout"));
    }

    @Test
    void wrongPasswordGetsAClearMessageInJapanese() {
        browser.logIn("admin", "not-the-password");

        assertEquals("ユーザー名またはパスワードが正しくありません。", browser.driver().findElement(By.id("messages")).getText().strip());
    }

    @Test
    void adminFindsFailedLoginsInTheAuditLog() {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        createAccountAsAdmin(username, "Audit Tester", "RECRUITER");
        browser.forgetSession();
        browser.logIn(username, "wrong-password-1");
        browser.forgetSession();
        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));

        browser.open("/console/admin/audit.xhtml");
        browser.fieldLabelled("auditFilter", "実行者").sendKeys(username);
        browser.click(By.id("auditFilter:search"));

        browser.waitForText(By.id("auditForm:entries"), "LOGIN_FAILED");
        String table = browser.text("auditForm:entries");
        assertTrue(table.contains(username), table);
        assertFalse(table.contains("wrong-password-1"), "the audit log must not show the password typed");
    }

    /** Through the accounts screen, which is itself part of what is tested. */
    private void createAccountAsAdmin(String username, String displayName, String role) {
        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        browser.open("/console/admin/accounts.xhtml");
        browser.click(By.id("filterForm:newAccount"));
        browser.waitVisible(By.id("createForm:username"));
        browser.fieldLabelled("createForm", "ユーザー名").sendKeys(username);
        browser.fieldLabelled("createForm", "氏名").sendKeys(displayName);
        browser.fieldLabelled("createForm", "メールアドレス").sendKeys(username + "@example.jp");
        browser.driver().findElement(By.xpath("//*[@id='createForm:roles']//label[normalize-space(.)='"
                + roleLabel(role) + "']")).click();
        browser.fieldLabelled("createForm", "初期パスワード").sendKeys("initial-pass-2026");
        browser.click(By.id("createForm:create"));
        browser.waitForText(By.id("messages"), "アカウント「" + username + "」を作成しました。");
        browser.click(By.id("headerForm:logout"));
        browser.waitVisible(By.id("loggedOutNotice"));
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "RECRUITER" -> "採用担当";
            case "TRAINER" -> "研修担当";
            default -> throw new IllegalArgumentException(role);
        };
    }
}
