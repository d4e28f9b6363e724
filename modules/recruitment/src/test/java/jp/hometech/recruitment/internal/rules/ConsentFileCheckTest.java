package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.ConsentUpload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsentFileCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    private static String refusal(ConsentUpload upload) {
        return assertThrows(BusinessException.class, () -> ConsentFileCheck.check(upload)).messageKey();
    }

    @Test
    void acceptsPdfPngAndJpeg_R3() {
        assertEquals("application/pdf", ConsentFileCheck.check(new ConsentUpload("a.pdf", "application/pdf", PDF)));
        assertEquals("image/png", ConsentFileCheck.check(new ConsentUpload("a.png", "IMAGE/PNG", PNG)));
        assertEquals("image/jpeg", ConsentFileCheck.check(new ConsentUpload("a.jpg", "image/jpg", JPEG)));
    }

    @Test
    void refusesOtherTypes_R3() {
        assertEquals("recruitment.consent.typeNotAllowed",
                refusal(new ConsentUpload("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PDF)));
    }

    @Test
    void refusesContentThatDoesNotMatchTheDeclaredType_R3() {
        assertEquals("recruitment.consent.contentMismatch", refusal(new ConsentUpload("a.pdf", "application/pdf", PNG)));
    }

    @Test
    void acceptsExactlyFiveMegabytesAndRefusesOneByteMore_R3() {
        byte[] max = Arrays.copyOf(PDF, ConsentFileCheck.MAX_BYTES);
        assertEquals("application/pdf", ConsentFileCheck.check(new ConsentUpload("a.pdf", "application/pdf", max)));
        byte[] over = Arrays.copyOf(PDF, ConsentFileCheck.MAX_BYTES + 1);
        assertEquals("recruitment.consent.tooLarge", refusal(new ConsentUpload("a.pdf", "application/pdf", over)));
    }

    @Test
    void refusesAnEmptyFile_R3() {
        assertEquals("recruitment.consent.fileRequired", refusal(new ConsentUpload("a.pdf", "application/pdf", new byte[0])));
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfTheFileName() {
        assertEquals("同意書.pdf", ConsentFileCheck.fileName("C:\\Users\\me\\同意書.pdf", "application/pdf"));
        assertEquals("consent.png", ConsentFileCheck.fileName("  ", "image/png"));
    }
}
