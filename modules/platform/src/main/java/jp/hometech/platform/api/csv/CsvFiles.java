package jp.hometech.platform.api.csv;

import java.io.OutputStream;
import java.util.List;

/**
 * The one way the application writes CSV (a CDI bean of the platform): RFC 4180 (comma, CRLF, double quotes only
 * where needed), UTF-8 with a byte-order mark so that Excel opens Japanese text correctly, and every cell starting
 * with {@code = + - @}, a tab or a carriage return prefixed with an apostrophe (CSV injection).
 */
public interface CsvFiles {

    /** Writes the byte-order mark and the header row to out; closing the writer flushes it and leaves out open. */
    CsvWriter open(OutputStream out, List<String> header);
}
