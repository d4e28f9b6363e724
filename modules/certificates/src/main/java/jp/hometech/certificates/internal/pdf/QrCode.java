package jp.hometech.certificates.internal.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A QR code drawn as vector squares (sharp at any print resolution), with the quiet zone the standard asks for. */
final class QrCode {

    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {
    }

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for: " + text, e);
        }
    }

    /** Draws the code with its lower-left corner (quiet zone included) at x, y, {@code size} points wide and high. */
    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(text);
        int modules = matrix.getWidth() + 2 * QUIET_ZONE_MODULES;
        float module = size / modules;
        content.saveGraphicsState();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                // One rectangle per run of dark modules: no hairline seams between neighbours when printed.
                int run = 1;
                while (column + run < matrix.getWidth() && matrix.get(column + run, row)) {
                    run++;
                }
                float left = x + (column + QUIET_ZONE_MODULES) * module;
                float top = y + size - (row + QUIET_ZONE_MODULES) * module;
                content.addRect(left, top - module, run * module, module);
                column += run;
            }
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
