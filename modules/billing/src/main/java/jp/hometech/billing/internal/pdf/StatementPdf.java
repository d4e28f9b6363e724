package jp.hometech.billing.internal.pdf;

import jp.hometech.billing.api.FeeUnit;
import jp.hometech.billing.api.StatementLineKind;
import jp.hometech.billing.api.StatementLineView;
import jp.hometech.billing.api.StatementView;
import jp.hometech.billing.internal.rules.ConsumptionTax;
import jp.hometech.platform.pdf.PdfCanvas;
import jp.hometech.platform.pdf.PdfDocuments;
import jp.hometech.platform.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The payment statement (支払通知書, B5) as one A4 page in Japanese: who is paid, for which month, on which day,
 * each line, the subtotal without tax, the consumption tax computed once on it, and the total. It names the
 * contractor's invoice registration number when they have one, so the statement can serve as the qualified
 * invoice the buyer keeps (仕入明細書等, 消費税法 第30条第9項第3号) once the contractor has confirmed it; without a number
 * it says plainly that it is not one.
 */
public final class StatementPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final float LEFT = 56;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 56;

    /** The payer's details printed in the header. */
    public record Payer(String companyName, String address, String phone) {
    }

    private StatementPdf() {
    }

    public static byte[] render(StatementView statement, Payer payer, LocalDate issuedOn, Instant issuedAt) {
        PdfFonts.prepare();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PdfDocuments.describe(document, "支払通知書 " + statement.getMonth() + " " + statement.getPayeeName(),
                    payer.companyName(), issuedAt);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw(new PdfCanvas(content, PdfFonts.ipaexGothic(document)), statement, payer, issuedOn);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PdfCanvas c, StatementView s, Payer payer, LocalDate issuedOn) throws IOException {
        float top = PDRectangle.A4.getHeight() - 60;
        c.textCentered("支払通知書（業務委託料）", PDRectangle.A4.getWidth() / 2, top, 18);
        c.textRight("発行日 " + DATE.format(issuedOn), RIGHT, top - 30, 9);
        c.textRight("通知番号 " + number(s), RIGHT, top - 43, 9);

        float y = top - 40;
        c.text(s.getPayeeName() + " 様", LEFT, y, 14);
        c.line(LEFT, y - 4, LEFT + 220, y - 4, 0.7f);
        c.text("契約番号 " + s.getContractNumber(), LEFT, y - 20, 9);
        c.text(invoiceLine(s), LEFT, y - 33, 9);

        float issuerY = y - 60;
        c.textRight(payer.companyName(), RIGHT, issuerY, 10);
        c.textRight(payer.address(), RIGHT, issuerY - 13, 8);
        c.textRight("電話 " + payer.phone(), RIGHT, issuerY - 25, 8);

        float periodY = issuerY - 55;
        c.text("業務委託契約に基づく委託金を、次のとおりお支払いします（給与ではありません）。", LEFT, periodY, 10);
        c.text("対象期間  " + DATE.format(s.getMonth().atDay(1)) + " 〜 " + DATE.format(s.getMonth().atEndOfMonth()), LEFT, periodY - 18, 10);
        c.text("支払予定日  " + DATE.format(s.getPayday()), LEFT, periodY - 33, 10);
        c.text("稼働 " + s.getDaysWorked() + " 日 / " + hours(s.getMinutes()) + " 時間 / 対応件数 " + yen(s.getCalls()) + " 件",
                LEFT, periodY - 48, 10);

        float totalY = periodY - 85;
        c.shade(LEFT, totalY - 8, RIGHT - LEFT, 26);
        c.box(LEFT, totalY - 8, RIGHT - LEFT, 26);
        c.text("お支払金額（税込）", LEFT + 10, totalY, 12);
        c.textRight("¥" + yen(s.getTotalYen()), RIGHT - 10, totalY, 14);

        float tableTop = totalY - 40;
        float[] columns = {LEFT, LEFT + 260, LEFT + 340, LEFT + 410, RIGHT};
        String[] headers = {"項目", "数量", "単価（円）", "金額（円・税抜）"};
        c.shade(LEFT, tableTop - 6, RIGHT - LEFT, 18);
        for (int i = 0; i < headers.length; i++) {
            c.text(headers[i], columns[i] + 4, tableTop, 9);
        }
        float rowY = tableTop - 20;
        for (StatementLineView line : s.getLines()) {
            for (String part : c.wrap(line.getNameJa(), columns[1] - columns[0] - 8, 9)) {
                c.text(part, columns[0] + 4, rowY, 9);
                rowY -= 12;
            }
            float firstRow = rowY + 12 * c.wrap(line.getNameJa(), columns[1] - columns[0] - 8, 9).size();
            c.textRight(quantity(line), columns[2] - 4, firstRow, 9);
            c.textRight(unitPrice(line), columns[3] - 4, firstRow, 9);
            c.textRight(yen(line.getAmountYen()), columns[4] - 4, firstRow, 9);
            c.line(LEFT, rowY + 7, RIGHT, rowY + 7, 0.2f);
            rowY -= 4;
        }
        c.box(LEFT, rowY + 7, RIGHT - LEFT, tableTop + 12 - (rowY + 7));

        float sumY = rowY - 14;
        Map<String, Long> sums = new java.util.LinkedHashMap<>();
        sums.put("小計（税抜・10%対象）", s.getSubtotalYen());
        sums.put("消費税（10%）", s.getTaxYen());
        sums.put("合計（税込）", s.getTotalYen());
        for (Map.Entry<String, Long> sum : sums.entrySet()) {
            c.text(sum.getKey(), columns[2], sumY, 10);
            c.textRight(yen(sum.getValue()), columns[4] - 4, sumY, 10);
            sumY -= 16;
        }

        float notes = Math.min(sumY - 20, 150);
        c.text("備考", LEFT, notes, 9);
        c.text("・消費税は税抜合計に対して一度だけ計算し、1 円未満を切り捨てています。", LEFT + 10, notes - 13, 8);
        c.text("・記載内容に誤りがある場合は、受領後 7 日以内にご連絡ください。ご連絡がない場合は確認済みとします。", LEFT + 10, notes - 26, 8);
        c.text("・調整行は、確定済みの月の訂正を当月にお支払い（または差し引き）するものです。", LEFT + 10, notes - 39, 8);
    }

    private static String number(StatementView s) {
        return "B-" + s.getMonth() + "-" + String.format("%06d", s.getId());
    }

    private static String invoiceLine(StatementView s) {
        return s.getInvoiceNumber() == null
                ? "適格請求書発行事業者登録番号: なし（本書は適格請求書としては使えません）"
                : "適格請求書発行事業者登録番号: " + s.getInvoiceNumber() + "（税率 " + ConsumptionTax.STANDARD_RATE_PERCENT + "%）";
    }

    private static String quantity(StatementLineView line) {
        if (line.getKind() != StatementLineKind.FEE) {
            return "1";
        }
        return switch (unitOf(line)) {
            case PER_HOUR -> hours(line.getQuantity()) + " 時間";
            case PER_CALL -> yen(line.getQuantity()) + " 件";
            case PER_WORKED_DAY -> line.getQuantity() + " 日";
        };
    }

    private static String unitPrice(StatementLineView line) {
        if (line.getKind() != StatementLineKind.FEE) {
            return "";
        }
        return yen(line.getUnitPriceYen()) + (unitOf(line) == FeeUnit.PER_HOUR ? "/時" : "");
    }

    private static FeeUnit unitOf(StatementLineView line) {
        return line.getUnit() == null ? FeeUnit.PER_CALL : line.getUnit();
    }

    static String hours(long minutes) {
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }

    static String yen(long amount) {
        return String.format("%,d", amount);
    }
}
