package jp.hometech.certificates.internal.pdf;

import jp.hometech.platform.pdf.PdfCanvas;
import jp.hometech.platform.pdf.PdfDocuments;
import jp.hometech.platform.pdf.PdfFonts;
import jp.hometech.certificates.internal.content.CertificateContent;
import jp.hometech.certificates.internal.content.CertificateWording;
import jp.hometech.certificates.internal.content.DayLine;
import jp.hometech.certificates.internal.content.Durations;
import jp.hometech.certificates.internal.content.MonthLine;
import jp.hometech.certificates.internal.content.Wareki;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 就労実績表 that goes with a certificate, under the same number: every day worked in the certificate's
 * three months with the first start, the last end and the hours, a subtotal per month and the total.
 * Municipalities ask for such a day-by-day record when the hours are irregular, as a contractor's are.
 * Three months of daily work fit on two A4 pages, even with every day worked.
 */
public final class WorkRecordPdf {

    private static final float MARGIN = 40f;
    private static final float SIZE = 8.5f;
    private static final float ROW = 11f;
    private static final float HEADER_HEIGHT = 118f;
    private static final float FOOTER_HEIGHT = 24f;
    private static final JapaneseCalendar CALENDAR = JapaneseCalendar.standard();

    private WorkRecordPdf() {
    }

    /** A line of the table: a day, a month's subtotal, or the grand total. */
    private record Line(String date, String weekday, String start, String end, String hours, boolean total) {
    }

    public static byte[] render(CertificateContent c, Instant issuedAt) {
        List<Line> lines = lines(c);
        float rowsHeight = PDRectangle.A4.getHeight() - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT - ROW;
        int perPage = (int) Math.floor(rowsHeight / ROW);
        int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
        PdfFonts.prepare();
        try (PDDocument document = new PDDocument()) {
            PdfDocuments.describe(document, CertificateWording.WORK_RECORD_TITLE + " " + c.number(),
                    c.issuer().companyName(), issuedAt);
            PDType0Font font = PdfFonts.ipaexGothic(document);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    PdfCanvas canvas = new PdfCanvas(stream, font);
                    float top = page.getMediaBox().getHeight() - MARGIN;
                    float right = page.getMediaBox().getWidth() - MARGIN;
                    header(canvas, c, top, right);
                    List<Line> pageLines = lines.subList(Math.min(lines.size(), p * perPage),
                            Math.min(lines.size(), (p + 1) * perPage));
                    table(canvas, pageLines, top - HEADER_HEIGHT, right, lines.isEmpty());
                    canvas.textRight((p + 1) + " / " + pages + " ページ", right, MARGIN, 8f);
                    canvas.text(c.issuer().companyName() + "　証明書番号 " + c.number(), MARGIN, MARGIN, 8f);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the work record of certificate " + c.number(), e);
        }
    }

    private static List<Line> lines(CertificateContent c) {
        List<Line> lines = new ArrayList<>();
        for (MonthLine month : c.months()) {
            if (month.beforeContract()) {
                continue;
            }
            for (DayLine day : c.days()) {
                if (month.month().equals(java.time.YearMonth.from(day.date()))) {
                    lines.add(new Line(Wareki.western(day.date()), weekday(day.date()),
                            Durations.time(day.firstStart()), Durations.time(day.lastEnd()),
                            Durations.hoursAndMinutes(day.minutesWorked()), false));
                }
            }
            lines.add(new Line(month.month().getYear() + "年" + month.month().getMonthValue() + "月 計（"
                    + month.daysWorked() + "日）", "", "", "", Durations.hoursAndMinutes(month.minutesWorked()), true));
        }
        if (!lines.isEmpty()) {
            lines.add(new Line("合計（" + c.totalDays() + "日）", "", "", "", Durations.hoursAndMinutes(c.totalMinutes()), true));
        }
        return lines;
    }

    /** The weekday, and 祝 on a national holiday (K1): work on weekends and holidays counts like any other day (S1). */
    private static String weekday(LocalDate date) {
        String day = Wareki.weekday(date.getDayOfWeek());
        return CALENDAR.isNationalHoliday(date) ? day + "・祝" : day;
    }

    private static void header(PdfCanvas canvas, CertificateContent c, float top, float right) throws IOException {
        canvas.textCentered(CertificateWording.WORK_RECORD_TITLE, (MARGIN + right) / 2, top - 18f, 18f);
        float y = top - 42f;
        String[][] facts = {
                {"証明書番号", c.number() + "（" + CertificateWording.TITLE + "の別紙）"},
                {"氏名", c.contractorName() + "（" + c.contractorNameKana() + "）"},
                {"対象期間", CertificateWording.period(c.period())},
                {"証明日", Wareki.both(c.issueDate())},
                {"業務時間帯", CertificateWording.BUSINESS_HOURS},
        };
        for (String[] fact : facts) {
            canvas.text(fact[0], MARGIN, y, SIZE);
            canvas.text(fact[1], MARGIN + 70f, y, SIZE);
            y -= 13f;
        }
        canvas.text("開始・終了はその日の最初の業務開始と最後の業務終了の時刻、就労時間は業務の合計時間です。", MARGIN, y - 2f, 7.5f);
    }

    private static void table(PdfCanvas canvas, List<Line> lines, float top, float right, boolean none) throws IOException {
        float[] columns = {MARGIN, MARGIN + 150f, MARGIN + 200f, MARGIN + 270f, MARGIN + 340f, right};
        String[] heads = {"日付", "曜日", "開始", "終了", "就労時間"};
        float y = top;
        canvas.shade(MARGIN, y - ROW, right - MARGIN, ROW);
        for (int col = 0; col < heads.length; col++) {
            canvas.box(columns[col], y - ROW, columns[col + 1] - columns[col], ROW);
            canvas.text(heads[col], columns[col] + 4f, y - ROW + 3f, SIZE);
        }
        y -= ROW;
        if (none) {
            canvas.text("対象期間に就労の記録はありません。", MARGIN + 4f, y - ROW + 3f, SIZE);
            return;
        }
        for (Line line : lines) {
            if (line.total()) {
                canvas.shade(MARGIN, y - ROW, right - MARGIN, ROW);
            }
            String[] cells = {line.date(), line.weekday(), line.start(), line.end(), line.hours()};
            for (int col = 0; col < cells.length; col++) {
                canvas.box(columns[col], y - ROW, columns[col + 1] - columns[col], ROW);
                canvas.text(cells[col], columns[col] + 4f, y - ROW + 3f, SIZE);
            }
            y -= ROW;
        }
    }
}
