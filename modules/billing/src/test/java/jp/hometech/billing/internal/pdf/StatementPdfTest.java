package jp.hometech.billing.internal.pdf;

import jp.hometech.billing.api.FeeUnit;
import jp.hometech.billing.api.StatementLineKind;
import jp.hometech.billing.api.StatementLineView;
import jp.hometech.billing.api.StatementView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementPdfTest {

    private static final StatementPdf.Payer PAYER = new StatementPdf.Payer("株式会社ホームテック", "東京都千代田区丸の内1-1-1", "03-0000-0000");

    @Test
    void oneJapanesePageWithTheLinesTaxAndTotalAsText_B5() throws IOException {
        StatementView statement = new StatementView(123, 7, "試験 花子", "HT2026-00042", YearMonth.of(2026, 11),
                LocalDate.of(2026, 12, 30), 320, 4_530, 18, List.of(
                new StatementLineView(StatementLineKind.FEE, "CALL", "対応件数", "Calls", FeeUnit.PER_CALL, 320, 150, 48_000, null),
                new StatementLineView(StatementLineKind.FEE, "HOUR", "稼働時間", "Hours", FeeUnit.PER_HOUR, 4_530, 1_000, 75_500, null),
                new StatementLineView(StatementLineKind.INCENTIVE, "INCENTIVE", "新規就業インセンティブ（2/4か月目）", "Incentive",
                        null, 1, 40_000, 40_000, null)),
                163_500, 16_350, 179_850, "T7000012050002", true);

        byte[] pdf = StatementPdf.render(statement, PAYER, LocalDate.of(2026, 12, 2), Instant.parse("2026-12-02T01:00:00Z"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"支払通知書", "試験 花子 様", "2026年11月1日 〜 2026年11月30日", "2026年12月30日",
                    "新規就業インセンティブ", "48,000", "75:30 時間", "163,500", "16,350", "¥179,850", "T7000012050002",
                    "給与ではありません"}) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }

    @Test
    void withoutARegistrationNumberItSaysItIsNotAQualifiedInvoice() throws IOException {
        StatementView statement = new StatementView(124, 8, "試験 太郎", "HT2026-00043", YearMonth.of(2026, 11),
                LocalDate.of(2026, 12, 30), 1, 60, 1, List.of(
                new StatementLineView(StatementLineKind.FEE, "CALL", "対応件数", "Calls", FeeUnit.PER_CALL, 1, 150, 150, null)),
                150, 15, 165, null, true);

        try (PDDocument document = Loader.loadPDF(StatementPdf.render(statement, PAYER, LocalDate.of(2026, 12, 2), Instant.now()))) {
            assertTrue(new PDFTextStripper().getText(document).contains("適格請求書としては使えません"));
        }
    }
}
