package jp.hometech.platform.api.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BusinessClockTest {

    @Test
    void todayIsTheDateInTokyoWhateverTheClockZone_K3() {
        BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-12-31T15:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2027, 1, 1), clock.today());
        assertEquals(YearMonth.of(2027, 1), clock.thisMonth());
        assertEquals(LocalDateTime.of(2027, 1, 1, 0, 30), clock.localNow());
        assertEquals(BusinessClock.ZONE, clock.nowInTokyo().getZone());
        assertEquals(BusinessClock.ZONE, clock.clock().getZone());
    }

    @Test
    void aFixedClockStandsStill() {
        Instant lastMinuteOfJanuary = Instant.parse("2027-01-31T14:59:00Z");
        BusinessClock clock = BusinessClock.fixedAt(lastMinuteOfJanuary);
        assertEquals(lastMinuteOfJanuary, clock.now());
        assertEquals(lastMinuteOfJanuary, clock.now());
        assertEquals(LocalDate.of(2027, 1, 31), clock.today());
    }

    @Test
    void aClockIsRequired() {
        assertThrows(NullPointerException.class, () -> BusinessClock.of(null));
    }
}
