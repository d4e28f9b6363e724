package jp.hometech.systemtests.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What every browser test class shares: one headless Chromium per class, a fresh session before each test,
 * and a screenshot after it (target/screenshots) to look at when a journey fails.
 */
public abstract class BrowserJourney {

    protected static Browser browser;

    @BeforeAll
    protected static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    protected static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    protected void freshSession() {
        browser.open("/login.xhtml");
        browser.forgetSession();
    }

    @AfterEach
    protected void screenshot(TestInfo test) {
        String method = test.getTestMethod().map(m -> m.getName()).orElse("test");
        browser.screenshot(getClass().getSimpleName() + "-" + method + "-" + test.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_"));
    }
}
