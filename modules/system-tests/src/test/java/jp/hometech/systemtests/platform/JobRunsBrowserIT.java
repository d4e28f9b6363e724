package jp.hometech.systemtests.platform;

import jp.hometech.systemtests.support.BrowserJourney;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADMIN finds the job runs through the menu; other staff cannot open the page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobRunsBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void adminOpensTheJobRunsFromTheMenuAndFiltersByJob() throws Exception {
        browser.logIn("admin", "admin-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        // The menu entry is a plain link (outcome): follow where it points, without hovering the menu bar open.
        String target = browser.driver().findElement(By.id("menuForm:menuJobs")).getAttribute("href");
        browser.open(java.net.URI.create(target).getPath());

        assertTrue(browser.driver().getCurrentUrl().endsWith("/console/admin/jobs.xhtml"), browser.driver().getCurrentUrl());
        assertEquals("ジョブ実行履歴", browser.driver().findElement(By.tagName("h1")).getText());
        for (String header : new String[] {"開始", "終了", "ジョブ名", "実行ノード", "結果", "処理件数", "エラー"}) {
            assertFalse(browser.driver().findElements(By.xpath("//th[normalize-space(.)='" + header + "']")).isEmpty(), header);
        }

        browser.fieldLabelled("jobFilter", "ジョブ名").sendKeys("nobody.has-this-job");
        browser.click(By.id("jobFilter:search"));
        browser.waitForText(By.id("jobsForm:runs"), "実行の記録はありません。");
    }

    @Test
    void aRecruiterIsRefusedTheJobRuns() throws Exception {
        browser.logIn("recruiter", "recruiter-demo-2026");
        browser.waitVisible(By.id("headerForm:logout"));
        assertFalse(browser.present("menuForm:menuJobs"));
        assertEquals(403, browser.statusOf("/console/admin/jobs.xhtml"));
    }
}
