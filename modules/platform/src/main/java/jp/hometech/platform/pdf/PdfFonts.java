package jp.hometech.platform.pdf;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * IPAexGothic (IPA Font License v1.0, text beside the font in this jar), bundled so a document looks the
 * same on every server. The 6 MB of font bytes are read from the jar once per class loader; each document
 * parses them from memory and embeds only the glyphs it uses (a subset).
 */
public final class PdfFonts {

    static final String RESOURCE = "/jp/hometech/platform/fonts/ipaexg.ttf";

    /**
     * IPAex has a format-14 cmap (variation sequences) that fontbox skips with a warning on every load, i.e.
     * on every document; nothing is lost for our text, so only its errors are logged. Held here, because
     * the logging framework keeps loggers only weakly.
     */
    private static final Logger CMAP_LOG = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    /**
     * PDFBox's IOUtils tries once, at class initialisation, to make direct buffers unmappable, which Java 17's
     * module system refuses; it logs that refusal as an error with a stack trace. Documents here live in heap
     * memory only, so nothing is ever unmapped and the message is noise.
     */
    private static final Logger IO_UTILS_LOG = Logger.getLogger("org.apache.pdfbox.io.IOUtils");

    static {
        CMAP_LOG.setLevel(Level.SEVERE);
        IO_UTILS_LOG.setLevel(Level.OFF);
    }

    /** Call before the first PDFBox class is touched, so the logging above is in place first. */
    public static void prepare() {
        // the class initialiser has done it
    }

    private PdfFonts() {
    }

    /** Lazily, once: the holder class is initialised on first use. */
    private static final class Holder {
        static final byte[] IPAEX_GOTHIC = read();

        private static byte[] read() {
            try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the platform jar: " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static byte[] ipaexGothicBytes() {
        return Holder.IPAEX_GOTHIC;
    }

    /** The font for one document, embedded as a subset when the document is saved. */
    public static PDType0Font ipaexGothic(PDDocument document) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(Holder.IPAEX_GOTHIC), true, false);
    }
}
