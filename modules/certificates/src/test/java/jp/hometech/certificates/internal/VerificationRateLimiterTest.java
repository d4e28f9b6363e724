package jp.hometech.certificates.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static jp.hometech.certificates.internal.VerificationRateLimiter.Decision.ALLOWED;
import static jp.hometech.certificates.internal.VerificationRateLimiter.Decision.REFUSED;
import static jp.hometech.certificates.internal.VerificationRateLimiter.Decision.REFUSED_FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificationRateLimiterTest {

    private static final Instant MINUTE = Instant.parse("2026-12-02T03:04:00Z");

    @Test
    void anAddressGetsTheLimitPerMinuteThenOneAuditedRefusalThenSilentOnes() {
        VerificationRateLimiter limiter = new VerificationRateLimiter();

        for (int i = 0; i < 3; i++) {
            assertEquals(ALLOWED, limiter.check("192.0.2.1", MINUTE.plusSeconds(i), 3));
        }
        assertEquals(REFUSED_FIRST, limiter.check("192.0.2.1", MINUTE.plusSeconds(10), 3));
        assertEquals(REFUSED, limiter.check("192.0.2.1", MINUTE.plusSeconds(59), 3));
        assertEquals(ALLOWED, limiter.check("192.0.2.2", MINUTE.plusSeconds(59), 3), "another address has its own count");
    }

    @Test
    void theNextMinuteStartsAfresh() {
        VerificationRateLimiter limiter = new VerificationRateLimiter();
        limiter.check("192.0.2.1", MINUTE, 1);
        assertEquals(REFUSED_FIRST, limiter.check("192.0.2.1", MINUTE.plusSeconds(30), 1));

        assertEquals(ALLOWED, limiter.check("192.0.2.1", MINUTE.plusSeconds(60), 1));
    }

    @Test
    void manyAddressesDoNotGrowTheTableWithoutBound() {
        VerificationRateLimiter limiter = new VerificationRateLimiter();
        for (int i = 0; i < 12_000; i++) {
            limiter.check("10.0." + (i / 256) + "." + (i % 256), MINUTE, 5);
        }

        assertEquals(ALLOWED, limiter.check("192.0.2.1", MINUTE.plusSeconds(120), 5));
    }
}
