package jp.hometech.billing.internal.zengin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A 総合振込 file (種別コード 21) in the 全銀協 layout: one header, one data record per payee, a trailer with the
 * count and the total, and the end record; each record 120 bytes of JIS X 0201 in Shift_JIS, optionally followed by
 * CR LF. Every field is checked before a byte is written: a name that has no Zengin form or an amount that does
 * not fit refuses the whole file.
 */
public final class ZenginTransferFile {

    public static final int RECORD_LENGTH = 120;
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    /** The company's side: 委託者コード (from the bank), its kana name and the account paid from. */
    public record Remitter(String remitterCode, String nameKana, BankAccount account) {
    }

    /** One payee; {@code newCode} 0 other, 1 first transfer, 2 changed account. */
    public record Transfer(BankAccount to, long amountYen, int newCode) {
    }

    private ZenginTransferFile() {
    }

    public static byte[] write(Remitter remitter, LocalDate transferDate, List<Transfer> transfers, boolean crlf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(RECORD_LENGTH * (transfers.size() + 3) + 2 * (transfers.size() + 3));
        append(out, header(remitter, transferDate), crlf);
        long total = 0;
        for (Transfer transfer : transfers) {
            append(out, data(transfer), crlf);
            total = Math.addExact(total, transfer.amountYen());
        }
        append(out, trailer(transfers.size(), total), crlf);
        append(out, end(), crlf);
        return out.toByteArray();
    }

    static String header(Remitter remitter, LocalDate transferDate) {
        BankAccount from = remitter.account();
        return "1" + "21" + "0"
                + ZenginText.digits(remitter.remitterCode(), 10)
                + name(remitter.nameKana(), 40, "remitter name")
                + transferDate.format(MMDD)
                + ZenginText.digits(from.bankCode(), 4)
                + name(from.bankKana(), 15, "bank name")
                + ZenginText.digits(from.branchCode(), 3)
                + name(from.branchKana(), 15, "branch name")
                + depositType(from.depositType())
                + ZenginText.digits(from.number(), 7)
                + " ".repeat(17);
    }

    static String data(Transfer transfer) {
        BankAccount to = transfer.to();
        if (transfer.amountYen() <= 0) {
            throw new IllegalArgumentException("a transfer must be positive: " + transfer.amountYen());
        }
        if (transfer.newCode() < 0 || transfer.newCode() > 2) {
            throw new IllegalArgumentException("新規コード must be 0, 1 or 2: " + transfer.newCode());
        }
        return "2"
                + ZenginText.digits(to.bankCode(), 4)
                + name(to.bankKana(), 15, "bank name")
                + ZenginText.digits(to.branchCode(), 3)
                + name(to.branchKana(), 15, "branch name")
                + "0000"
                + depositType(to.depositType())
                + ZenginText.digits(to.number(), 7)
                + name(to.holderKana(), 30, "holder name")
                + ZenginText.number(transfer.amountYen(), 10)
                + transfer.newCode()
                + " ".repeat(20)
                + " "
                + " "
                + " ".repeat(7);
    }

    static String trailer(int count, long total) {
        return "8" + ZenginText.number(count, 6) + ZenginText.number(total, 12) + " ".repeat(101);
    }

    static String end() {
        return "9" + " ".repeat(119);
    }

    private static String depositType(int type) {
        if (type != 1 && type != 2 && type != 4 && type != 9) {
            throw new IllegalArgumentException("預金種目 must be 1, 2, 4 or 9: " + type);
        }
        return Integer.toString(type);
    }

    private static String name(String text, int width, String what) {
        return ZenginText.field(ZenginText.normalize(text)
                .orElseThrow(() -> new IllegalArgumentException(what + " has no Zengin form: " + text)), width);
    }

    private static void append(ByteArrayOutputStream out, String record, boolean crlf) {
        byte[] bytes = encode(record);
        if (bytes.length != RECORD_LENGTH) {
            throw new IllegalStateException("record of " + bytes.length + " bytes: " + record);
        }
        out.writeBytes(bytes);
        if (crlf) {
            out.write('\r');
            out.write('\n');
        }
    }

    private static byte[] encode(String record) {
        try {
            ByteBuffer buffer = ZenginText.SHIFT_JIS.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(record));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not JIS X 0201: " + record, e);
        }
    }
}
