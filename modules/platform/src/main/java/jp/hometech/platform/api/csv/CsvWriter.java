package jp.hometech.platform.api.csv;

import java.io.Closeable;
import java.util.List;

/**
 * Writes CSV rows to a stream as they come, so an export never holds its rows in memory. Cells that a spreadsheet
 * would run as a formula are neutralised. Failures to write are {@link java.io.UncheckedIOException}s.
 */
public interface CsvWriter extends Closeable {

    void row(List<?> cells);

    /** Pushes what was written so far to the stream (e.g. between batches of rows). */
    void flush();

    /** Flushes; the stream stays open, its owner closes it. */
    @Override
    void close();
}
