package jp.hometech.certificates.internal.pdf;

import jp.hometech.platform.pdf.PdfCanvas;
import jp.hometech.platform.pdf.PdfDocuments;
import jp.hometech.platform.pdf.PdfFonts;
import jp.hometech.certificates.internal.content.CertificateContent;
import jp.hometech.certificates.internal.content.CertificateWording;
import jp.hometech.certificates.internal.content.Durations;
import jp.hometech.certificates.internal.content.MonthLine;
import jp.hometech.certificates.internal.content.Wareki;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The 業務委託契約証明書 on one A4 page, in the order of the standard 就労証明書's blocks: issuer and 業種,
 * the contractor, the contract, place and work, hours, the record of the last three months, leave, 備考,
 * and at the foot the certificate number with the QR code for verification. Real text in an embedded
 * subset of IPAexGothic, so it can be searched and copied.
 */
public final class CertificatePdf {

    static final float MARGIN = 36f;
    static final float LABEL_WIDTH = 120f;
    static final float TEXT_SIZE = 8.5f;
    static final float LINE = 11.5f;
    static final float PAD = 2.2f;
    static final float QR_SIZE = 78f;

    private CertificatePdf() {
    }

    public static byte[] render(CertificateContent c, Instant issuedAt) {
        PdfFonts.prepare();
        try (PDDocument document = new PDDocument()) {
            PdfDocuments.describe(document, CertificateWording.TITLE + " " + c.number(), c.issuer().companyName(), issuedAt);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PdfFonts.ipaexGothic(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                new Layout(new PdfCanvas(stream, font), page.getMediaBox(), c).draw();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + c.number(), e);
        }
    }

    private static final class Layout {

        private final PdfCanvas canvas;
        private final CertificateContent c;
        private final float left;
        private final float right;
        private final float bottom;
        private float y;

        Layout(PdfCanvas canvas, PDRectangle box, CertificateContent c) {
            this.canvas = canvas;
            this.c = c;
            this.left = MARGIN;
            this.right = box.getWidth() - MARGIN;
            this.bottom = MARGIN + QR_SIZE + 8f;
            this.y = box.getHeight() - MARGIN;
        }

        void draw() throws IOException {
            header();
            section("証明者（事業所）");
            row("事業所名", c.issuer().companyName());
            row("代表者名", c.issuer().representative());
            row("所在地", c.issuer().address());
            row("電話番号", c.issuer().phone());
            row("担当者名・連絡先", join(c.issuer().contactPerson(), c.issuer().contact()));
            row("業種", CertificateWording.INDUSTRY);
            section("本人");
            row("フリガナ", c.contractorNameKana());
            row("氏名", c.contractorName());
            row("生年月日", c.contractorBirthDate() == null ? "" : Wareki.both(c.contractorBirthDate()));
            section("契約");
            row("契約の形態", CertificateWording.CONTRACT_TYPE);
            row("契約期間", CertificateWording.TERM);
            row("契約開始日", Wareki.both(c.startDate()));
            row("契約終了日", CertificateWording.endDate(c));
            row("契約の状況", CertificateWording.validity(c));
            row("契約の更新", CertificateWording.renewal(c));
            section("就労先・業務内容");
            row("就労場所", CertificateWording.PLACE);
            row("業務内容", CertificateWording.WORK);
            section("就労時間（変則）");
            row("業務時間帯", CertificateWording.BUSINESS_HOURS);
            row("勤務の形態", CertificateWording.PATTERN);
            row("就労日数", CertificateWording.averageDaysText(c));
            row("就労時間", CertificateWording.averageHoursText(c));
            section("就労実績（直近3か月）");
            record();
            section("産前産後休業・育児休業等");
            row("休業等", CertificateWording.leave(c));
            section("備考");
            remarks();
            footer();
        }

        private void header() throws IOException {
            float centre = (left + right) / 2;
            canvas.textCentered(CertificateWording.TITLE, centre, y - 18f, 18f);
            canvas.textRight("証明書番号 " + c.number(), right, y - 32f, 9f);
            canvas.textRight("証明日 " + Wareki.both(c.issueDate()), right, y - 44f, 9f);
            y -= 54f;
            for (String line : canvas.wrap(CertificateWording.INTRODUCTION, right - left, 9f)) {
                canvas.text(line, left, y - 9f, 9f);
                y -= 12f;
            }
            y -= 4f;
        }

        private void section(String title) throws IOException {
            float height = LINE + PAD;
            need(height);
            canvas.shade(left, y - height, right - left, height);
            canvas.box(left, y - height, right - left, height);
            canvas.text(title, left + 4f, y - height + PAD + 1.5f, TEXT_SIZE + 0.5f);
            y -= height;
        }

        private void row(String label, String value) throws IOException {
            List<String> lines = canvas.wrap(value == null ? "" : value, right - left - LABEL_WIDTH - 8f, TEXT_SIZE);
            float height = lines.size() * LINE + 2 * PAD;
            need(height);
            canvas.box(left, y - height, LABEL_WIDTH, height);
            canvas.box(left + LABEL_WIDTH, y - height, right - left - LABEL_WIDTH, height);
            canvas.text(label, left + 4f, y - PAD - TEXT_SIZE, TEXT_SIZE);
            float lineY = y - PAD - TEXT_SIZE;
            for (String line : lines) {
                canvas.text(line, left + LABEL_WIDTH + 4f, lineY, TEXT_SIZE);
                lineY -= LINE;
            }
            y -= height;
        }

        /** Standard form No.8: one row per month, and the total. */
        private void record() throws IOException {
            float width = right - left;
            float[] columns = {left, left + LABEL_WIDTH + 70f, left + LABEL_WIDTH + 70f + (width - LABEL_WIDTH - 70f) / 2f, right};
            String[][] rows = new String[c.months().size() + 2][];
            rows[0] = new String[]{"年月", "就労日数", "就労時間"};
            int i = 1;
            for (MonthLine month : c.months()) {
                rows[i++] = new String[]{CertificateWording.monthLabel(month), CertificateWording.monthDays(month),
                        CertificateWording.monthHours(month)};
            }
            rows[i] = new String[]{"合計", c.totalDays() + "日", Durations.hoursAndMinutes(c.totalMinutes())};
            float height = LINE + 2 * PAD;
            for (int r = 0; r < rows.length; r++) {
                need(height);
                if (r == 0) {
                    canvas.shade(left, y - height, width, height);
                }
                for (int col = 0; col < 3; col++) {
                    canvas.box(columns[col], y - height, columns[col + 1] - columns[col], height);
                    canvas.text(rows[r][col], columns[col] + 4f, y - PAD - TEXT_SIZE, TEXT_SIZE);
                }
                y -= height;
            }
        }

        private void remarks() throws IOException {
            List<String> lines = new ArrayList<>();
            for (String remark : CertificateWording.remarks(c)) {
                lines.addAll(canvas.wrap("・" + remark, right - left - 8f, TEXT_SIZE));
            }
            float height = lines.size() * LINE + 2 * PAD;
            need(height);
            canvas.box(left, y - height, right - left, height);
            float lineY = y - PAD - TEXT_SIZE;
            for (String line : lines) {
                canvas.text(line, left + 4f, lineY, TEXT_SIZE);
                lineY -= LINE;
            }
            y -= height;
        }

        /** The number, the QR code and its URL at the foot of the page, below everything else. */
        private void footer() throws IOException {
            float qrX = right - QR_SIZE;
            QrCode.draw(canvas.content(), c.verificationUrl(), qrX, MARGIN, QR_SIZE);
            float textWidth = qrX - left - 8f;
            float lineY = MARGIN + QR_SIZE - 14f;
            canvas.text("証明書番号 " + c.number(), left, lineY, 11f);
            lineY -= 15f;
            for (String line : canvas.wrap(CertificateWording.VERIFY_NOTE, textWidth, 8f)) {
                canvas.text(line, left, lineY, 8f);
                lineY -= 10.5f;
            }
            for (String line : canvas.wrap(c.verificationUrl(), textWidth, 7f)) {
                canvas.text(line, left, lineY, 7f);
                lineY -= 9f;
            }
            canvas.text("本証明書に押印はありません。内容のお問い合わせは上記の担当者までお願いします。", left, lineY - 2f, 7.5f);
        }

        /** One page is the promise: a certificate that would not fit is a defect to see, never a cut-off page. */
        private void need(float height) {
            if (y - height < bottom) {
                throw new IllegalStateException("Certificate " + c.number() + " does not fit on one A4 page");
            }
        }

        private static String join(String a, String b) {
            if (a == null || a.isBlank()) {
                return b == null ? "" : b;
            }
            return b == null || b.isBlank() ? a : a + "（" + b + "）";
        }
    }
}
