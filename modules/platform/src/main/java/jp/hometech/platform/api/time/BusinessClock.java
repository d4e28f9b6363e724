package jp.hometech.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The one source of "now" and "today" for every module: business time is Tokyo time. Services, view beans
 * and jobs inject this instead of reading the system clock, so the system tests can set the business time
 * (and nothing else has to know how).
 *
 * <p>The deployed EAR has one implementation, the system clock in Tokyo. The system tests add another to
 * the EAR they deploy (an {@code @Alternative} with a {@code @Priority}, so it wins), whose time they set;
 * the EAR a customer deploys does not contain it. Unit tests use {@link #of(Clock)} with a fixed clock.
 */
public interface BusinessClock {

    ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /** The clock behind this business clock, for APIs that take a {@link Clock}. Always in {@link #ZONE}. */
    Clock clock();

    /** A business clock on {@code clock}, read in Tokyo whatever zone {@code clock} has: e.g. a fixed clock in a unit test. */
    static BusinessClock of(Clock clock) {
        Clock tokyo = Objects.requireNonNull(clock, "clock").withZone(ZONE);
        return () -> tokyo;
    }

    /** A business clock that stands still at {@code instant}. */
    static BusinessClock fixedAt(Instant instant) {
        return of(Clock.fixed(instant, ZONE));
    }

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
