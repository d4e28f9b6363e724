package jp.hometech.platform.api.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Cabinet Office's list of national holidays (内閣府 syukujitsu.csv), bundled as a UTF-8
 * resource so nothing is fetched at run time. Rule K1 data for the years it covers.
 *
 * <p>The file names substitute and citizens' holidays alike {@code 休日} and spells some one-off
 * days differently from the laws (e.g. {@code 結婚の儀}), so callers take the dates from here and
 * the names from {@link HolidayRules}.
 */
final class PublishedHolidayList {

    static final String RESOURCE_NAME = "syukujitsu.csv";
    private static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One row of the file. */
    record Entry(LocalDate date, String name) {
    }

    private final Map<Integer, List<Entry>> entriesByYear;
    private final Map<LocalDate, Entry> entriesByDate;
    private final int firstYear;
    private final int lastYear;

    private PublishedHolidayList(List<Entry> entries) {
        TreeMap<Integer, List<Entry>> byYear = new TreeMap<>();
        Map<LocalDate, Entry> byDate = new TreeMap<>();
        for (Entry entry : entries) {
            if (byDate.put(entry.date(), entry) != null) {
                throw new IllegalStateException(RESOURCE_NAME + " lists " + entry.date() + " twice");
            }
            byYear.computeIfAbsent(entry.date().getYear(), year -> new ArrayList<>()).add(entry);
        }
        if (byYear.isEmpty()) {
            throw new IllegalStateException(RESOURCE_NAME + " has no holidays");
        }
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        for (int year = first; year <= last; year++) {
            // A missing year would silently read as "no holidays", so refuse the file instead.
            if (!byYear.containsKey(year)) {
                throw new IllegalStateException(RESOURCE_NAME + " has no holidays for " + year);
            }
        }
        byYear.replaceAll((year, list) -> List.copyOf(list));
        this.entriesByYear = Collections.unmodifiableMap(byYear);
        this.entriesByDate = Collections.unmodifiableMap(byDate);
        this.firstYear = first;
        this.lastYear = last;
    }

    /** Reads the bundled copy; a broken bundle is a build defect, hence unchecked exceptions. */
    static PublishedHolidayList bundled() {
        try (InputStream in = PublishedHolidayList.class.getResourceAsStream(RESOURCE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE_NAME + " next to "
                        + PublishedHolidayList.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE_NAME, e);
        }
    }

    static PublishedHolidayList parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String header = reader.readLine();
        if (header == null || !stripByteOrderMark(header).strip().equals(HEADER)) {
            throw new IllegalStateException(RESOURCE_NAME + " must start with the header '" + HEADER
                    + "' (is it still Shift_JIS? the bundled copy must be UTF-8), found: " + header);
        }
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                entries.add(parseEntry(line.strip(), lineNumber));
            }
        }
        return new PublishedHolidayList(entries);
    }

    private static Entry parseEntry(String line, int lineNumber) {
        String[] columns = line.split(",", -1);
        String[] dateParts = columns[0].split("/", -1);
        if (columns.length != 2 || columns[1].isBlank() || dateParts.length != 3) {
            throw new IllegalStateException(RESOURCE_NAME + " line " + lineNumber
                    + " is not 'yyyy/M/d,name': " + line);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(dateParts[0]), Integer.parseInt(dateParts[1]),
                    Integer.parseInt(dateParts[2]));
            return new Entry(date, columns[1].strip());
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalStateException(RESOURCE_NAME + " line " + lineNumber + " has a bad date: " + line, e);
        }
    }

    private static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    boolean covers(int year) {
        return entriesByYear.containsKey(year);
    }

    List<Entry> entriesIn(int year) {
        return entriesByYear.getOrDefault(year, List.of());
    }

    Optional<Entry> entryOn(LocalDate date) {
        return Optional.ofNullable(entriesByDate.get(date));
    }
}
