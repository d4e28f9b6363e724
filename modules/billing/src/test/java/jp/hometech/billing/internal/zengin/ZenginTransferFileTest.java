package jp.hometech.billing.internal.zengin;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZenginTransferFileTest {

    private static final Charset SJIS = Charset.forName("windows-31j");
    private static final ZenginTransferFile.Remitter COMPANY = new ZenginTransferFile.Remitter("1234567890", "ｶ)ﾎｰﾑﾃｯｸ",
            new BankAccount("0001", "ﾐｽﾞﾎ", "100", "ﾄｳｷﾖｳ", 1, "1234567", "ｶ)ﾎ-ﾑﾃﾂｸ"));

    @Test
    void namesAreWrittenTheWayBanksWantThem() {
        assertEquals(Optional.of("ｳﾞｲ-ﾅｽ ｷﾔﾂﾁ ABC"), ZenginText.normalize("ヴィーナス　キャッチ abc"));
        assertEquals(Optional.of("ﾔﾏﾀﾞ ﾀﾛｳ"), ZenginText.normalize("ﾔﾏﾀﾞ ﾀﾛｳ"));
        assertEquals(Optional.of("ﾊﾟｿｺﾝ(ｶ"), ZenginText.normalize("パソコン（ｶ"));
        assertEquals(Optional.of("ﾂﾔ"), ZenginText.normalize("ｯｬ"));
        assertEquals(Optional.empty(), ZenginText.normalize("山田"), "kanji have no reading to guess");
        assertEquals(Optional.empty(), ZenginText.normalize("やまだ"));
    }

    @Test
    void aVoicedMarkIsNeverSeparatedFromItsKanaWhenANameIsCut() {
        // 29 characters, then ｶﾞ: the field of 30 would end between ｶ and ﾞ, so both go.
        String name = "ｱ".repeat(29) + "ｶﾞ";
        assertEquals("ｱ".repeat(29) + " ", ZenginText.field(name, 30));
        assertEquals("ｱ".repeat(28) + "ｶﾞ", ZenginText.field("ｱ".repeat(28) + "ｶﾞｲ", 30));
    }

    @Test
    void dataRecordByteByByte() {
        var to = new BankAccount("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "012", "ｼﾌﾞﾔ", 1, "7654321", "ヴァイオリン　ショウコ");
        byte[] record = ZenginTransferFile.data(new ZenginTransferFile.Transfer(to, 123_456, 1)).getBytes(SJIS);

        assertEquals(120, record.length);
        assertEquals("2", ascii(record, 1, 1));
        assertEquals("0005", ascii(record, 2, 5));
        assertArrayEquals(bytes(String.format("%-15s", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ")), slice(record, 6, 20));
        assertEquals("012", ascii(record, 21, 23));
        assertArrayEquals(bytes(String.format("%-15s", "ｼﾌﾞﾔ")), slice(record, 24, 38));
        assertEquals("0000", ascii(record, 39, 42));
        assertEquals("1", ascii(record, 43, 43));
        assertEquals("7654321", ascii(record, 44, 50));
        byte[] holder = slice(record, 51, 80);
        assertEquals((byte) 0xB3, holder[0], "ｳ");
        assertEquals((byte) 0xDE, holder[1], "ﾞ of ヴ");
        assertEquals((byte) 0xB1, holder[2], "small ァ written large");
        assertArrayEquals(bytes(String.format("%-30s", "ｳﾞｱｲｵﾘﾝ ｼﾖｳｺ")), holder);
        assertEquals("0000123456", ascii(record, 81, 90));
        assertEquals("1", ascii(record, 91, 91));
        assertEquals(" ".repeat(29), ascii(record, 92, 120));
    }

    @Test
    void headerByteByByte() {
        byte[] record = ZenginTransferFile.header(COMPANY, LocalDate.of(2026, 12, 30)).getBytes(SJIS);

        assertEquals(120, record.length);
        assertEquals("1210", ascii(record, 1, 4));
        assertEquals("1234567890", ascii(record, 5, 14));
        assertArrayEquals(bytes(String.format("%-40s", "ｶ)ﾎ-ﾑﾃﾂｸ")), slice(record, 15, 54));
        assertEquals("1230", ascii(record, 55, 58));
        assertEquals("0001", ascii(record, 59, 62));
        assertArrayEquals(bytes(String.format("%-15s", "ﾐｽﾞﾎ")), slice(record, 63, 77));
        assertEquals("100", ascii(record, 78, 80));
        assertEquals("1", ascii(record, 96, 96));
        assertEquals("1234567", ascii(record, 97, 103));
        assertEquals(" ".repeat(17), ascii(record, 104, 120));
    }

    @Test
    void wholeFileHasItsRecordsTheirLengthsAndTheTrailerSums() {
        var a = new BankAccount("0009", "ﾐﾂｲｽﾐﾄﾓ", "001", "ﾎﾝﾃﾝ", 1, "1111111", "ｽｽﾞｷ ﾊﾅｺ");
        var b = new BankAccount("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "002", "ｷﾞﾝｻﾞ", 2, "2222222", "ｻﾄｳ ｼﾞﾛｳ");
        byte[] file = ZenginTransferFile.write(COMPANY, LocalDate.of(2027, 1, 29),
                List.of(new ZenginTransferFile.Transfer(a, 98_765, 0), new ZenginTransferFile.Transfer(b, 1_234, 2)), true);

        assertEquals(5 * 122, file.length, "header, two data records, trailer, end; each 120 bytes and CR LF");
        String kinds = "";
        for (int r = 0; r < 5; r++) {
            byte[] record = Arrays.copyOfRange(file, r * 122, r * 122 + 122);
            assertEquals('\r', record[120]);
            assertEquals('\n', record[121]);
            kinds += ascii(record, 1, 1);
        }
        assertEquals("12289", kinds);
        byte[] trailer = Arrays.copyOfRange(file, 3 * 122, 3 * 122 + 120);
        assertEquals("000002", ascii(trailer, 2, 7));
        assertEquals("000000099999", ascii(trailer, 8, 19));
        assertEquals(" ".repeat(101), ascii(trailer, 20, 120));
    }

    @Test
    void theEndRecordClosesTheFileAndNoSeparatorIsWrittenWhenCrLfIsOff() {
        var a = new BankAccount("0009", "ﾐﾂｲｽﾐﾄﾓ", "001", "ﾎﾝﾃﾝ", 1, "1111111", "ｽｽﾞｷ ﾊﾅｺ");
        byte[] file = ZenginTransferFile.write(COMPANY, LocalDate.of(2027, 1, 29),
                List.of(new ZenginTransferFile.Transfer(a, 5_000, 0)), false);

        assertEquals(4 * 120, file.length);
        assertEquals("9" + " ".repeat(119), ascii(Arrays.copyOfRange(file, 360, 480), 1, 120));
    }

    @Test
    void aNameWithoutZenginFormOrAnAmountThatDoesNotFitRefusesTheFile() {
        var kanji = new BankAccount("0009", "ﾐﾂｲｽﾐﾄﾓ", "001", "ﾎﾝﾃﾝ", 1, "1111111", "鈴木花子");
        var fine = new BankAccount("0009", "ﾐﾂｲｽﾐﾄﾓ", "001", "ﾎﾝﾃﾝ", 1, "1111111", "ｽｽﾞｷ ﾊﾅｺ");
        assertThrows(IllegalArgumentException.class, () -> ZenginTransferFile.write(COMPANY, LocalDate.of(2027, 1, 29),
                List.of(new ZenginTransferFile.Transfer(kanji, 5_000, 0)), true));
        assertThrows(IllegalArgumentException.class, () -> ZenginTransferFile.write(COMPANY, LocalDate.of(2027, 1, 29),
                List.of(new ZenginTransferFile.Transfer(fine, 10_000_000_000L, 0)), true));
    }

    private static byte[] slice(byte[] record, int fromByte, int toByte) {
        return Arrays.copyOfRange(record, fromByte - 1, toByte);
    }

    private static String ascii(byte[] record, int fromByte, int toByte) {
        return new String(slice(record, fromByte, toByte), SJIS);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(SJIS);
    }
}
