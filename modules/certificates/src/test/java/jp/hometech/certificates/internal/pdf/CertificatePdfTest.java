package jp.hometech.certificates.internal.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jp.hometech.certificates.internal.content.CertificateContent;
import jp.hometech.certificates.internal.content.Contents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfTest {

    private static final Instant ISSUED_AT = Instant.parse("2026-12-02T01:15:00Z");

    @Test
    void certificateIsOneA4PageOfRealJapaneseText_C3() throws IOException {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2025, 4, 1))
                .worked(LocalDate.of(2026, 9, 5), "10:00", "15:30")
                .worked(LocalDate.of(2026, 10, 12), "10:00", "17:00")
                .worked(LocalDate.of(2026, 11, 23), "13:00", "16:45").build();

        byte[] pdf = CertificatePdf.render(content, ISSUED_AT);
        keep("certificate-active.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 0.1);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 0.1);
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[]{"業務委託契約証明書", "令和8年12月2日（2026年12月2日）", "株式会社ホームテック",
                    "業種", "情報通信業", "ヤマダ ハナコ", "山田 花子", "平成2年4月15日（1990年4月15日）",
                    "業務委託契約（雇用関係はありません）", "無期（期間の定めなし）", "令和7年4月1日（2025年4月1日）",
                    "本人の自宅（在宅）", "OCN", "テクニカルサポート", "10:00～17:00（土曜・日曜・祝日を含む毎日",
                    "2026年9月（令和8年9月）", "5時間30分", "2026年10月（令和8年10月）", "7時間",
                    "2026年11月（令和8年11月）", "3時間45分", "16時間15分", "BC-2026-000001",
                    "/verify/index.xhtml?t="}) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
            }
            assertEquals("ja-JP", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void fontIsIpaexGothicEmbeddedAsASubset() throws IOException {
        byte[] pdf = CertificatePdf.render(Contents.active().build(), ISSUED_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), font.getName());
            }
            assertEquals(1, fonts);
        }
        assertTrue(pdf.length < 200_000, "a subset, not the 6 MB font: " + pdf.length);
    }

    @Test
    void qrCodeHoldsTheVerificationUrl_C4() throws Exception {
        CertificateContent content = Contents.active().build();
        byte[] pdf = CertificatePdf.render(content, ISSUED_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            assertEquals(content.verificationUrl(), decode(image));
        }
    }

    @Test
    void aLongAddressAndARemarkStillFitOnOnePage() throws IOException {
        CertificateContent content = Contents.active()
                .remarks("令和9年4月の入園申込みに使用。勤務日数が月により異なるため、別紙の就労実績表をあわせてご確認ください。")
                .workedEvery(1).build();

        byte[] pdf = CertificatePdf.render(content, ISSUED_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("別紙の就労実績表"));
        }
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsTheMissingCharacterMarkInsteadOfFailing() throws IOException {
        byte[] pdf = CertificatePdf.render(Contents.active().name("山田 \uD83D\uDE00子").build(), ISSUED_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("山田 〓子"));
        }
    }

    @Test
    void workRecordListsEveryDayWorkedWithMonthlyTotalsUnderTheSameNumber_C3() throws IOException {
        CertificateContent content = Contents.active()
                .worked(LocalDate.of(2026, 9, 5), "10:00", "15:30")
                .worked(LocalDate.of(2026, 11, 23), "13:00", "16:45").build();

        byte[] pdf = WorkRecordPdf.render(content, ISSUED_AT);
        keep("work-record.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[]{"就労実績表", "BC-2026-000001", "山田 花子", "2026年9月1日～2026年11月30日",
                    "2026年9月5日", "土", "10:00", "15:30", "5時間30分", "2026年9月 計（1日）", "2026年10月 計（0日）", "0時間",
                    "2026年11月23日", "月・祝", "3時間45分", "合計（2日）", "9時間15分"}) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
            }
        }
    }

    @Test
    void workRecordOfThreeMonthsWorkedEveryDayTakesTwoPages_C3() throws IOException {
        CertificateContent content = Contents.active().workedEvery(1).build();

        byte[] pdf = WorkRecordPdf.render(content, ISSUED_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("2026年9月1日") && text.contains("2026年11月30日"));
            assertTrue(text.contains("合計（91日）"), text);
            assertTrue(text.contains("2 / 2 ページ"));
        }
    }

    @Test
    void workRecordWithoutAnyDaySaysSo() throws IOException {
        byte[] pdf = WorkRecordPdf.render(Contents.active().startingOn(LocalDate.of(2026, 12, 1)).build(), ISSUED_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertFalse(new PDFTextStripper().getText(document).contains("合計（"));
            assertTrue(new PDFTextStripper().getText(document).contains("対象期間に就労の記録はありません。"));
        }
    }

    static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** Kept for a person to look at: target/pdf/. */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path directory = Path.of("target", "pdf");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name), pdf);
    }
}
