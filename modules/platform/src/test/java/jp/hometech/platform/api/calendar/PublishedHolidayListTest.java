package jp.hometech.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.hometech.platform.api.calendar.NationalHoliday.Kind;

class PublishedHolidayListTest {

    private static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称";

    private static PublishedHolidayList parse(String text) throws IOException {
        return PublishedHolidayList.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsByteOrderMarkCrLfAndBlankLines_K1() throws IOException {
        PublishedHolidayList list = parse("\uFEFF" + HEADER + "\r\n2027/1/1,元日\r\n\r\n2027/1/11,成人の日\r\n");
        assertEquals(2027, list.firstYear());
        assertEquals(2027, list.lastYear());
        assertEquals(List.of(new PublishedHolidayList.Entry(LocalDate.of(2027, 1, 1), "元日"),
                new PublishedHolidayList.Entry(LocalDate.of(2027, 1, 11), "成人の日")), list.entriesIn(2027));
        assertFalse(list.covers(2028));
    }

    @Test
    void rejectsAFileThatIsStillShiftJis() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> parse("\u008d\u0091\u0096\u00af\u0082\u00cc\u008fj\u0093\u00fa\n1955/1/1,\u008c\u00b3\u0093\u00fa\n"));
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
    }

    @Test
    void rejectsRowsWithoutDate() {
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "\n2027/1/1,元日\n,成人の日\n"));
    }

    @Test
    void rejectsImpossibleDate() {
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "\n2027/2/30,元日\n"));
    }

    @Test
    void rejectsDuplicateDate() {
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "\n2027/1/1,元日\n2027/1/1,元日\n"));
    }

    @Test
    void rejectsAGapInTheYears() {
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "\n2025/1/1,元日\n2027/1/1,元日\n"));
    }

    @Test
    void publishedListDecidesTheDatesAndRulesSupplyTheNames_K1() throws IOException {
        // A hypothetical newer list: 2027 as published, minus the 3/22 substitute, plus an unknown one-off day.
        PublishedHolidayList newer = parse(HEADER + "\n"
                + "2027/1/1,元日\n2027/1/11,成人の日\n2027/2/11,建国記念の日\n2027/2/23,天皇誕生日\n2027/3/21,春分の日\n"
                + "2027/4/29,昭和の日\n2027/5/3,憲法記念日\n2027/5/4,みどりの日\n2027/5/5,こどもの日\n"
                + "2027/6/1,新しい記念日\n2027/6/2,休日\n"
                + "2027/7/19,海の日\n2027/8/11,山の日\n2027/9/20,敬老の日\n2027/9/23,秋分の日\n2027/10/11,スポーツの日\n"
                + "2027/11/3,文化の日\n2027/11/23,勤労感謝の日\n");
        List<NationalHoliday> holidays = HolidaySource.holidaysIn(2027, newer);

        assertEquals(18, holidays.size());
        assertTrue(holidays.stream().noneMatch(holiday -> holiday.date().equals(LocalDate.of(2027, 3, 22))));
        NationalHoliday newDay = holidays.stream()
                .filter(holiday -> holiday.date().equals(LocalDate.of(2027, 6, 1))).findFirst().orElseThrow();
        assertEquals(new NationalHoliday(LocalDate.of(2027, 6, 1), "新しい記念日", "Special Holiday", Kind.SPECIAL), newDay);
        NationalHoliday dayAfter = holidays.stream()
                .filter(holiday -> holiday.date().equals(LocalDate.of(2027, 6, 2))).findFirst().orElseThrow();
        assertEquals(Kind.SUBSTITUTE, dayAfter.kind());
        NationalHoliday marineDay = holidays.stream()
                .filter(holiday -> holiday.date().equals(LocalDate.of(2027, 7, 19))).findFirst().orElseThrow();
        assertEquals("Marine Day", marineDay.nameEn());
    }
}
