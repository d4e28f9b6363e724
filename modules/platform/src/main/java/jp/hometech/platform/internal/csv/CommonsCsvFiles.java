package jp.hometech.platform.internal.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.csv.CsvFiles;
import jp.hometech.platform.api.csv.CsvWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@link CsvFiles} on Apache Commons CSV. */
@ApplicationScoped
public class CommonsCsvFiles implements CsvFiles {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Override
    public CsvWriter open(OutputStream out, List<String> header) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write('\uFEFF');
            Writer csv = new Writer(new CSVPrinter(writer, FORMAT));
            csv.row(header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spreadsheet runs a cell starting with one of {@code = + - @}, tab or CR as a formula: an apostrophe defuses it. */
    static String neutralised(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static final class Writer implements CsvWriter {

        private final CSVPrinter printer;

        Writer(CSVPrinter printer) {
            this.printer = printer;
        }

        @Override
        public void row(List<?> cells) {
            List<String> texts = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                texts.add(neutralised(cell));
            }
            try {
                printer.printRecord(texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The caller owns the stream (e.g. a servlet response), so it stays open. */
        @Override
        public void close() {
            flush();
        }
    }
}
