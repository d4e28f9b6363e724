package jp.hometech.scheduling.internal.rules;

import jp.hometech.scheduling.api.ImportRowError;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the telephony system's file: header {@code work_date,contract_number,start,end,calls}, one row per
 * work session. The encoding is UTF-8 (a BOM is skipped) unless the bytes are not valid UTF-8, then Shift_JIS
 * as Windows writes it (CP932). Fields may be quoted. Every line is read, so every bad line can be reported.
 */
public final class WorkRecordCsv {

    public static final List<String> HEADER = List.of("work_date", "contract_number", "start", "end", "calls");
    public static final Charset CP932 = Charset.forName("windows-31j");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    /** One readable row: its line in the file and its fields as typed values. */
    public record Row(int line, LocalDate workDate, String contractNumber, LocalTime start, LocalTime end, int calls) {
    }

    public record Parsed(List<Row> rows, List<ImportRowError> errors) {
    }

    public static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, CP932);
        }
    }

    public static Parsed parse(byte[] content) {
        String text = decode(content);
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Row> rows = new ArrayList<>();
        List<ImportRowError> errors = new ArrayList<>();
        if (lines.length == 0 || lines[0].isBlank()) {
            errors.add(new ImportRowError(1, "scheduling.import.header", String.join(",", HEADER)));
            return new Parsed(rows, errors);
        }
        List<String> header = fields(lines[0]).stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            errors.add(new ImportRowError(1, "scheduling.import.header", String.join(",", HEADER)));
            return new Parsed(rows, errors);
        }
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(lines[i]);
            if (fields.size() != HEADER.size()) {
                errors.add(new ImportRowError(line, "scheduling.import.fieldCount", HEADER.size(), fields.size()));
                continue;
            }
            int before = errors.size();
            LocalDate date = parse(fields.get(0), DATE, line, "scheduling.import.badDate", errors);
            String contract = fields.get(1).strip();
            if (contract.isEmpty()) {
                errors.add(new ImportRowError(line, "scheduling.import.noContract"));
            }
            LocalTime start = time(fields.get(2), line, errors);
            LocalTime end = time(fields.get(3), line, errors);
            Integer calls = calls(fields.get(4), line, errors);
            if (errors.size() == before) {
                rows.add(new Row(line, date, contract, start, end, calls));
            }
        }
        return new Parsed(rows, errors);
    }

    private static LocalTime time(String field, int line, List<ImportRowError> errors) {
        String value = field.strip();
        if ("24:00".equals(value)) {
            errors.add(new ImportRowError(line, "scheduling.import.outsideHours", value));
            return null;
        }
        return parse(value, TIME, line, "scheduling.import.badTime", errors);
    }

    private static <T> T parse(String field, DateTimeFormatter format, int line, String key, List<ImportRowError> errors) {
        String value = field.strip();
        try {
            @SuppressWarnings("unchecked")
            T parsed = (T) (format == DATE ? LocalDate.parse(value, format) : LocalTime.parse(value, format));
            return parsed;
        } catch (DateTimeParseException e) {
            errors.add(new ImportRowError(line, key, value));
            return null;
        }
    }

    private static Integer calls(String field, int line, List<ImportRowError> errors) {
        String value = field.strip();
        try {
            int calls = Integer.parseInt(value);
            if (calls < 0) {
                errors.add(new ImportRowError(line, "scheduling.import.negativeCalls", value));
                return null;
            }
            return calls;
        } catch (NumberFormatException e) {
            errors.add(new ImportRowError(line, "scheduling.import.badCalls", value));
            return null;
        }
    }

    /** Splits one line at commas outside double quotes; "" inside quotes is a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private WorkRecordCsv() {
    }
}
