package jp.hometech.platform.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drawing on one page with the one font: text (left, right, centred, wrapped to a width), boxes and shaded
 * cells. Characters the font has no glyph for are printed as 〓 (the conventional mark for a missing
 * character) rather than failing the whole document.
 */
public final class PdfCanvas {

    public static final String MISSING_GLYPH = "〓";

    private final PDPageContentStream content;
    private final PDType0Font font;

    public PdfCanvas(PDPageContentStream content, PDType0Font font) {
        this.content = content;
        this.font = font;
    }

    public PDPageContentStream content() {
        return content;
    }

    public float width(String text, float size) throws IOException {
        return rawWidth(printable(text), size);
    }

    private float rawWidth(String printable, float size) throws IOException {
        return font.getStringWidth(printable) / 1000f * size;
    }

    public void text(String text, float x, float y, float size) throws IOException {
        String printable = printable(text);
        if (printable.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable);
        content.endText();
    }

    public void textRight(String text, float right, float y, float size) throws IOException {
        text(text, right - width(text, size), y, size);
    }

    public void textCentered(String text, float centre, float y, float size) throws IOException {
        text(text, centre - width(text, size) / 2, y, size);
    }

    /** Splits text into lines no wider than {@code width}: between characters (Japanese has no spaces to break at). */
    public List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int codePoint = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(codePoint));
                if (line.length() > 0 && rawWidth(line + ch, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    public void box(float x, float y, float width, float height) throws IOException {
        content.setLineWidth(0.5f);
        content.addRect(x, y, width, height);
        content.stroke();
    }

    public void shade(float x, float y, float width, float height) throws IOException {
        content.saveGraphicsState();
        content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        content.addRect(x, y, width, height);
        content.fill();
        content.restoreGraphicsState();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** The text with every character the font cannot draw replaced by {@link #MISSING_GLYPH}. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String ch = new String(Character.toChars(codePoint));
            if (codePoint == '\n') {
                out.append(ch);
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException noGlyph) {
                out.append(MISSING_GLYPH);
            }
        });
        return out.toString();
    }
}
