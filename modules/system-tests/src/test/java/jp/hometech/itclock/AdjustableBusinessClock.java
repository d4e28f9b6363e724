package jp.hometech.itclock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The business clock of the EAR the system tests deploy, never of the EAR a customer deploys
 * ({@code ProductionEarHasNoTestClockIT} proves it). As an enabled {@code @Alternative} with a priority it
 * replaces the platform's system clock in every module. Until a test sets a time it is the system clock in
 * Tokyo; a test sets "now" (the clock then runs on from there, or stands still) and puts it back afterwards.
 * In-container tests inject it; browser tests go through {@link BusinessClockServlet}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdjustableBusinessClock implements BusinessClock {

    private static final Clock SYSTEM = Clock.system(ZONE);

    private final AtomicReference<Clock> current = new AtomicReference<>(SYSTEM);

    @Override
    public Clock clock() {
        return current.get();
    }

    /** From now on the business time is {@code at}, and it runs on at the normal pace. */
    public void runFrom(Instant at) {
        current.set(Clock.offset(SYSTEM, Duration.between(SYSTEM.instant(), at)));
    }

    /** From now on the business time is {@code at}, and it stands still. */
    public void freezeAt(Instant at) {
        current.set(Clock.fixed(at, ZONE));
    }

    /** Back to the system clock. */
    public void reset() {
        current.set(SYSTEM);
    }

    public boolean isAdjusted() {
        return current.get() != SYSTEM;
    }
}
