package jp.hometech.scheduling.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.scheduling.api.PreEntrySlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreEntryRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);
    private final PreEntryRules rules = new PreEntryRules(14, 30);

    @Test
    void deadlineIsTheEndOfTheDay14DaysBeforeMonday_S2() {
        assertEquals(LocalDate.of(2026, 12, 7), rules.deadline(MONDAY));
        assertEquals(LocalDateTime.of(2026, 12, 8, 0, 0), rules.lockedFrom(MONDAY));
        assertFalse(rules.isLocked(MONDAY, LocalDateTime.of(2026, 12, 7, 0, 0)));
        assertFalse(rules.isLocked(MONDAY, LocalDateTime.of(2026, 12, 7, 23, 59, 59, 999_999_999)));
        assertTrue(rules.isLocked(MONDAY, LocalDateTime.of(2026, 12, 8, 0, 0)));
        assertTrue(rules.isLocked(MONDAY, LocalDateTime.of(2026, 12, 21, 12, 0)));
    }

    @Test
    void deadlineDaysAreASetting_S2() {
        assertEquals(LocalDate.of(2026, 12, 14), new PreEntryRules(7, 30).deadline(MONDAY));
    }

    @Test
    void weekOfAnyDayStartsOnItsMonday_S2() {
        assertEquals(MONDAY, PreEntryRules.mondayOf(LocalDate.of(2026, 12, 27)));
        assertEquals(MONDAY, PreEntryRules.mondayOf(MONDAY));
    }

    @ParameterizedTest
    @CsvSource({"09:30,12:00", "09:59,10:30", "16:30,17:30", "16:00,23:00"})
    void timesOutsideBusinessHoursAreRefused_S1(String start, String end) {
        BusinessException refused = assertThrows(BusinessException.class, () -> rules.validated(MONDAY,
                List.of(new PreEntrySlot(MONDAY, LocalTime.parse(start), LocalTime.parse(end)))));
        String key = refused.messageKey();
        assertTrue(key.equals("scheduling.preEntry.outsideHours") || key.equals("scheduling.preEntry.step"), key);
    }

    @Test
    void weekendsAndHolidaysAreBookableInBusinessHours_S1() {
        LocalDate sunday = MONDAY.plusDays(6);
        List<PreEntrySlot> slots = rules.validated(MONDAY, List.of(new PreEntrySlot(sunday, LocalTime.of(10, 0), LocalTime.of(17, 0))));
        assertEquals(420, slots.get(0).getMinutes());
    }

    @Test
    void timesOffTheStepAreRefused_S2() {
        BusinessException refused = assertThrows(BusinessException.class, () -> rules.validated(MONDAY,
                List.of(new PreEntrySlot(MONDAY, LocalTime.of(10, 15), LocalTime.of(12, 0)))));
        assertEquals("scheduling.preEntry.step", refused.messageKey());
        rules.validated(MONDAY, List.of(new PreEntrySlot(MONDAY, LocalTime.of(10, 30), LocalTime.of(12, 0))));
    }

    @Test
    void overlapsEndBeforeStartAndOtherWeeksAreRefused() {
        assertEquals("scheduling.preEntry.overlap", assertThrows(BusinessException.class, () -> rules.validated(MONDAY, List.of(
                new PreEntrySlot(MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new PreEntrySlot(MONDAY, LocalTime.of(11, 30), LocalTime.of(13, 0))))).messageKey());
        assertEquals("scheduling.preEntry.endNotAfterStart", assertThrows(BusinessException.class, () -> rules.validated(MONDAY,
                List.of(new PreEntrySlot(MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 0))))).messageKey());
        assertEquals("scheduling.preEntry.outsideWeek", assertThrows(BusinessException.class, () -> rules.validated(MONDAY,
                List.of(new PreEntrySlot(MONDAY.plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0))))).messageKey());
    }
}
