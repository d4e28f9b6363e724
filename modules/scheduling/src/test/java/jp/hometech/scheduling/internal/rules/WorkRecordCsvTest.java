package jp.hometech.scheduling.internal.rules;

import jp.hometech.scheduling.api.ImportRowError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkRecordCsvTest {

    private static final String HEADER = "work_date,contract_number,start,end,calls\r\n";
    private final WorkRowChecks checks = new WorkRowChecks(30);

    @Test
    void readsUtf8WithAndWithoutBomAndShiftJis() {
        String text = HEADER + "2026-12-05,HT2026-00001,10:00,12:30,14\r\n";
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(1, WorkRecordCsv.parse(bom).rows().size());
        assertEquals(1, WorkRecordCsv.parse(text.getBytes(StandardCharsets.UTF_8)).rows().size());
        byte[] sjis = (HEADER + "2026-12-05,\"HT2026-00001\",10:00,12:30,14\r\n2026-12-06,契約なし,10:00,11:00,1\r\n")
                .getBytes(WorkRecordCsv.CP932);
        WorkRecordCsv.Parsed parsed = WorkRecordCsv.parse(sjis);
        assertEquals(2, parsed.rows().size());
        assertEquals("契約なし", parsed.rows().get(1).contractNumber());
    }

    @Test
    void headerIsRequired() {
        WorkRecordCsv.Parsed parsed = WorkRecordCsv.parse("2026-12-05,HT2026-00001,10:00,12:30,14\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("scheduling.import.header", parsed.errors().get(0).getMessageKey());
    }

    @Test
    void everyBadLineIsReportedWithItsLineNumber() {
        WorkRecordCsv.Parsed parsed = WorkRecordCsv.parse((HEADER
                + "2026-12-05,HT2026-00001,10:00,12:30,14\n"
                + "2026-13-05,HT2026-00001,10:00,12:30,14\n"
                + "2026-12-05,HT2026-00001,10:00,12:30,-1\n"
                + "2026-12-05,HT2026-00001,ten,12:30,1\n"
                + "2026-12-05,HT2026-00001,10:00\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(3, 4, 5, 6), parsed.errors().stream().map(ImportRowError::getLine).toList());
        assertEquals("scheduling.import.negativeCalls", parsed.errors().get(1).getMessageKey());
    }

    @Test
    void sessionsOutsideBusinessHoursOrEndingBeforeTheyStartAreRefused_S1() {
        assertEquals("scheduling.import.outsideHours", checks.check(row(2, "09:30", "11:00", 3)).get(0).getMessageKey());
        assertEquals("scheduling.import.outsideHours", checks.check(row(2, "16:00", "17:30", 3)).get(0).getMessageKey());
        assertEquals("scheduling.import.endNotAfterStart", checks.check(row(2, "13:00", "12:00", 3)).get(0).getMessageKey());
        assertTrue(checks.check(row(2, "10:00", "17:00", 3)).isEmpty());
    }

    @Test
    void absurdCallCountsAreRefused() {
        assertTrue(checks.check(row(2, "10:00", "11:00", 30)).isEmpty());
        assertEquals("scheduling.import.absurdCalls", checks.check(row(2, "10:00", "11:00", 31)).get(0).getMessageKey());
    }

    @Test
    void overlappingSessionsOfADayAreReported() {
        List<ImportRowError> errors = WorkRowChecks.overlaps(List.of(row(2, "10:00", "12:00", 1), row(3, "11:30", "13:00", 1),
                row(4, "13:00", "14:00", 1)));
        assertEquals(1, errors.size());
        assertEquals(3, errors.get(0).getLine());
    }

    private static WorkRecordCsv.Row row(int line, String start, String end, int calls) {
        return new WorkRecordCsv.Row(line, java.time.LocalDate.of(2026, 12, 5), "HT2026-00001", LocalTime.parse(start),
                LocalTime.parse(end), calls);
    }
}
