package jp.hometech.systemtests.billing;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.systemtests.support.Browser;
import jp.hometech.systemtests.support.BrowserJourney;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The billing journey in headless Chromium, in Japanese: staff close a month, confirm it and download its
 * transfer file; the contractor then downloads their statement, and the test reads it back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingBrowserIT extends BrowserJourney {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BillingDeployments.earWithFixtures();
    }

    @Test
    void staffCloseAndConfirmAMonthAndDownloadItsTransferFileThenTheContractorDownloadsTheStatement_B2_B5() throws Exception {
        // A month of its own, older than BillingIT's, still in the page's twelve-month picker.
        YearMonth month = YearMonth.from(LocalDate.now(JapaneseCalendar.ZONE)).minusMonths(11);
        String[] contractor = contractor(month, "ブラウザ 花子", "ブラウザ ハナコ");

        browser.logIn(ADMIN, ADMIN_PASSWORD);
        // the submenu items are hidden until hovered: staff pages are opened by URL, as the other journeys do
        browser.open("/console/billing/close.xhtml");
        new Select(browser.driver().findElement(By.id("closeForm:month"))).selectByValue(month.toString());
        browser.click(By.id("closeForm:show"));
        assertEquals("未実行", browser.text("closeForm:status"));
        browser.click(By.id("closeForm:start"));
        browser.waitForText(By.id("closeForm:status"), "下書き");
        assertTrue(browser.driver().getPageSource().contains(contractor[2]), "the draft lists the contractor");

        // opens the confirmation dialog in the browser only; "yes" then sends the confirm
        browser.driver().findElement(By.id("closeForm:confirm")).click();
        browser.waitVisible(By.id("closeForm:confirmYes"));
        browser.click(By.id("closeForm:confirmYes"));
        browser.waitForText(By.id("closeForm:status"), "確定済み");
        assertTrue(browser.text("messages").contains("を確定しました"), browser.text("messages"));
        assertEquals("1", browser.text("closeForm:payees"));

        byte[] transfer = download("closeForm:downloadTransfer", "application/octet-stream");
        Files.write(BillingDeployments.exports().resolve("zengin-browser-" + month + ".txt"), transfer);
        assertTrue(transfer.length == 4 * 120 || transfer.length == 4 * 122, "bytes: " + transfer.length);
        String records = new String(transfer, Charset.forName("Shift_JIS"));
        assertTrue(records.startsWith("1"), records);
        assertTrue(records.contains("7654321"), "the payee's account is in the data record: " + records);
        browser.click(By.id("headerForm:logout"));

        browser.logIn(contractor[0], contractor[1]);
        browser.click(By.id("menuForm:menuPortalBilling"));
        assertEquals(month.toString(), browser.text("ownStatements:0:statementMonth"));
        byte[] pdf = download("ownStatements:0:statementPdf", "application/pdf");
        Files.write(BillingDeployments.exports().resolve("statement-browser-" + month + ".pdf"), pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("支払通知書"), text);
        assertTrue(text.contains(contractor[2]), text);
        assertTrue(text.contains(contractor[3]), "the contract number: " + text);
        assertTrue(text.contains("600"), "12 calls at 50 yen: " + text);
        assertTrue(text.contains("4,800"), "4 hours at 1,200 yen: " + text);
    }

    /** username, password, name, contract number of a contractor who worked in {@code month}. */
    private static String[] contractor(YearMonth month, String name, String kana) throws IOException, InterruptedException {
        String form = "month=" + month + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&kana=" + URLEncoder.encode(kana, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Browser.BASE_URL + BillingDeployments.FIXTURES + "/contractor"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response.body().split(",");
    }

    /** GET of a download link with this browser's session, as the browser would save it. */
    private static byte[] download(String linkId, String contentType) throws IOException, InterruptedException {
        WebElement link = browser.driver().findElement(By.id(linkId));
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return response.body();
    }
}
