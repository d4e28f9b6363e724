package jp.hometech.systemtests.certificates;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jp.hometech.systemtests.support.Browser;
import jp.hometech.systemtests.support.BrowserJourney;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
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

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certificate journeys in headless Chromium, in Japanese: a contractor issues and downloads their own
 * certificate and the test reads its text back; a contractor cannot fetch another's; staff reissue, and the old
 * number's QR code then opens a page that says it is superseded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatesBrowserIT extends BrowserJourney {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CertificateDeployments.earWithFixtures();
    }

    @Test
    void contractorDownloadsTheirCertificateAndItSaysWhoTheContractItsStartAndTheThreeMonthsHours_C3_C4() throws Exception {
        Fixture contractor = contractor("証明 花子", "ショウメイ ハナコ");
        browser.logIn(contractor.username, contractor.password);
        browser.click(By.id("menuForm:menuPortalCertificates"));
        assertTrue(browser.text("acceptance").contains("証明日から3か月以内"), "the 3-month note is on the page");

        String number = issueInPortal("保育所等の利用申込み・継続（保育園への提出）");

        assertTrue(browser.text("messages").contains("証明書 " + number + " を発行しました。"), browser.text("messages"));
        assertTrue(browser.text("messages").contains("証明日から3か月以内の証明書が受け付けられます"), browser.text("messages"));
        byte[] pdf = download("ownForm:own:0:certificatePdf");
        Files.write(CertificateDeployments.exports().resolve(number + "-portal.pdf"), pdf);
        String text = text(pdf);
        assertTrue(text.contains("業務委託契約証明書"), text);
        assertTrue(text.contains("証明 花子") && text.contains("ショウメイ ハナコ"), text);
        assertTrue(text.contains("業務委託契約（雇用関係はありません）"), text);
        LocalDate start = contractor.start;
        assertTrue(text.contains("（" + start.getYear() + "年" + start.getMonthValue() + "月1日）"), "the start date: " + text);
        for (String month : contractor.months.keySet()) {
            String[] yearMonth = month.split("-");
            assertTrue(text.contains(yearMonth[0] + "年" + Integer.parseInt(yearMonth[1]) + "月"), month + ": " + text);
        }
        assertTrue(text.contains("9時間30分") && text.contains("13時間30分") && text.contains("6時間15分"), text);
        assertTrue(text.contains(number), text);

        byte[] workRecord = download("ownForm:own:0:workRecordPdf");
        Files.write(CertificateDeployments.exports().resolve(number + "-portal-work-record.pdf"), workRecord);
        String days = text(workRecord);
        assertTrue(days.contains("就労実績表") && days.contains(number) && days.contains("合計（6日）"), days);
    }

    @Test
    void aContractorCannotFetchAnotherContractorsCertificate_C4() throws Exception {
        Fixture owner = contractor("所有 太郎", "ショユウ タロウ");
        Fixture other = contractor("別人 次郎", "ベツジン ジロウ");
        browser.logIn(owner.username, owner.password);
        browser.open("/portal/certificates/index.xhtml");
        String number = issueInPortal("市区町村など公的機関への提出");
        browser.click(By.id("headerForm:logout"));

        browser.logIn(other.username, other.password);
        browser.open("/portal/certificates/index.xhtml");

        assertFalse(browser.driver().getPageSource().contains(number), "not listed for another contractor");
        for (String kind : new String[]{"CERTIFICATE", "WORK_RECORD"}) {
            assertEquals(404, browser.statusOf("/portal/certificates/file?number=" + number + "&kind=" + kind));
        }
        assertEquals(403, browser.statusOf("/console/certificates/file?number=" + number + "&kind=CERTIFICATE"));
        assertEquals(403, browser.statusOf("/console/certificates/log.xhtml"));
    }

    @Test
    void staffReissueAndTheOldNumbersQrCodeThenShowsItSuperseded_C4() throws Exception {
        Fixture contractor = contractor("再発行 三子", "サイハッコウ ミツコ");
        browser.logIn(ADMIN, ADMIN_PASSWORD);
        assertTrue(browser.present("menuForm:menuBusinessCertificates"), "staff see the certificates menu");
        browser.open("/console/certificates/issue.xhtml");
        browser.driver().findElement(By.id("filterForm:text")).sendKeys(contractor.contractNumber);
        browser.click(By.id("filterForm:search"));
        browser.click(By.id("tableForm:contracts:0:issue"));
        browser.waitVisible(By.id("issueForm:confirm"));
        browser.fieldLabelled("issueForm", "備考（証明書に1行で印字）").sendKeys("令和9年4月入園申込み用");
        browser.click(By.id("issueForm:confirm"));
        String oldNumber = browser.text("issuedNumber");
        assertTrue(browser.text("messages").contains("証明書 " + oldNumber + " を発行しました。"), browser.text("messages"));
        byte[] oldPdf = download("issuedPdf");
        Files.write(CertificateDeployments.exports().resolve(oldNumber + "-staff.pdf"), oldPdf);
        assertTrue(text(oldPdf).contains("令和9年4月入園申込み用"));
        String verifyPath = pathOf(qrCode(oldPdf));
        assertTrue(verifyPath.startsWith("/verify/index.xhtml?t="), verifyPath);

        browser.open(verifyPath);
        assertEquals("有効な証明書です", browser.text("outcome"));
        assertEquals(oldNumber, browser.text("number"));
        assertEquals("再＊＊ 三＊", browser.text("maskedName"));
        assertTrue(browser.text("issueDate").startsWith("令和"), browser.text("issueDate"));

        browser.open("/console/certificates/log.xhtml");
        browser.driver().findElement(By.id("filterForm:text")).sendKeys(oldNumber);
        browser.click(By.id("filterForm:search"));
        browser.click(By.id("tableForm:certificates:0:reissue"));
        browser.waitVisible(By.id("reissueForm:confirm"));
        assertTrue(browser.text("reissueQuestion").contains(oldNumber));
        browser.click(By.id("reissueForm:confirm"));
        assertTrue(browser.text("messages").contains("証明書 " + oldNumber + " を再発行しました"), browser.text("messages"));
        assertEquals("再発行により無効", browser.text("tableForm:certificates:0:status"));

        browser.open(verifyPath);
        assertEquals("再発行により無効になった証明書です", browser.text("outcome"));
        assertEquals(oldNumber, browser.text("number"));

        browser.open("/verify/index.xhtml?t=" + "x".repeat(43));
        assertEquals("この証明書は確認できません", browser.text("outcome"));
        assertFalse(browser.present("number"), "nothing but the outcome for an unknown token");
    }

    // ---- helpers

    /** What the fixture servlet made: a contractor with three months of work records. */
    private record Fixture(String username, String password, String name, LocalDate start, String contractNumber,
                           Map<String, String> months) {
    }

    private static Fixture contractor(String name, String kana) throws IOException, InterruptedException {
        String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&kana=" + URLEncoder.encode(kana, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Browser.BASE_URL + CertificateDeployments.FIXTURES + "/contractor"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        String[] parts = response.body().split(",");
        Map<String, String> months = java.util.stream.Stream.of(parts).skip(5)
                .collect(Collectors.toMap(p -> p.substring(0, 7), p -> p.substring(8), (a, b) -> a, java.util.LinkedHashMap::new));
        return new Fixture(parts[0], parts[1], parts[2], LocalDate.parse(parts[3]), parts[4], months);
    }

    /** Chooses the purpose, issues, and returns the new number at the top of the list. */
    private static String issueInPortal(String purpose) {
        new Select(browser.driver().findElement(By.id("issueForm:purpose"))).selectByVisibleText(purpose);
        browser.click(By.id("issueForm:issue"));
        browser.waitForText(By.id("messages"), "を発行しました");
        return browser.text("ownForm:own:0:number");
    }

    /** GET of a download link with this browser's session, as the browser would save it. */
    private static byte[] download(String linkId) throws IOException, InterruptedException {
        WebElement link = browser.driver().findElement(By.id(linkId));
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                            new PDFRenderer(document).renderImageWithDPI(0, 150)))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        }
    }

    /** The QR code names the public server (a setting); the test opens the same page on the test server. */
    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
