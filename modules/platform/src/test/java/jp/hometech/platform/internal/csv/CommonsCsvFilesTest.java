package jp.hometech.platform.internal.csv;

import jp.hometech.platform.api.csv.CsvWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommonsCsvFilesTest {

    @Test
    void quotesCellsWithSeparatorsAndDefusesFormulas() {
        assertEquals("1,山田,\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),\r\n",
                rows(Arrays.asList(1, "山田", "a,b", "say \"hi\"", "=SUM(A1)", null)));
    }

    @Test
    void neutralisesEveryFormulaStartWithAnApostrophe() {
        assertEquals("'+1,'-1,'@SUM(A1),'\tTAB,\"'\rCR\",ok=1\r\n",
                rows(List.of("+1", "-1", "@SUM(A1)", "\tTAB", "\rCR", "ok=1")));
    }

    @Test
    void keepsNewlinesAndEdgeSpacesInsideQuotes() {
        assertEquals("\"line 1\nline 2\",\" leading\",\"trailing \",\"\"\"\"\r\n",
                rows(List.of("line 1\nline 2", " leading", "trailing ", "\"")));
    }

    @Test
    void startsWithAByteOrderMarkAndTheHeaderInUtf8ForExcel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CommonsCsvFiles().open(out, List.of("id", "name_kanji"))) {
            csv.row(List.of(7, "佐藤"));
        }
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        assertEquals("\uFEFFid,name_kanji\r\n7,佐藤\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesRowsToTheStreamAsTheyComeAndLeavesItOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CommonsCsvFiles().open(out, List.of("n"));
        for (int i = 0; i < 3; i++) {
            csv.row(List.of(i));
        }
        csv.flush();
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("2\r\n"));
        csv.close();
        out.write('x');
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("x"));
    }

    private static String rows(List<?> cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CommonsCsvFiles().open(out, List.of("h"))) {
            csv.row(cells);
        }
        return out.toString(StandardCharsets.UTF_8).substring("\uFEFFh\r\n".length());
    }
}
