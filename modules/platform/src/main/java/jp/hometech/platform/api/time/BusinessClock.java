package jp.hometech.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one source of "now" and "today" for every module: business time is Tokyo time. Services, view beans
 * and jobs inject this instead of reading the system clock, so the system tests can set the business time
 * (and nothing else has to know how).
 */
public interface BusinessClock {

    ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /** The clock behind this business clock, for APIs that take a {@link Clock}. Always in {@link #ZONE}. */
    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default ZonedDateTime nowInTokyo() {
        return ZonedDateTime.now(clock());
    }

    default LocalDateTime localNow() {
        return LocalDateTime.now(clock());
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }

    default YearMonth thisMonth() {
        return YearMonth.now(clock());
    }
}
