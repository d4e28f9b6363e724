package jp.hometech.certificates.internal;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most N verification look-ups per client address and calendar minute. Kept in the node's memory: a
 * cluster of k nodes lets an address ask k × N times a minute at worst, which still makes trying tokens
 * hopeless (they are 256 random bits), while a database round trip per public request would not pay.
 */
@ApplicationScoped
public class VerificationRateLimiter {

    /** The answer for one request; only the first refusal in a minute is worth an audit line. */
    public enum Decision { ALLOWED, REFUSED_FIRST, REFUSED }

    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long minute, int count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public Decision check(String address, Instant now, int perMinute) {
        long minute = now.getEpochSecond() / 60;
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.compute(address == null ? "unknown" : address, (key, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (window.count() <= perMinute) {
            return Decision.ALLOWED;
        }
        return window.count() == perMinute + 1 ? Decision.REFUSED_FIRST : Decision.REFUSED;
    }
}
