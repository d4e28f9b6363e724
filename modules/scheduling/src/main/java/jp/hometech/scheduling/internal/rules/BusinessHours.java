package jp.hometech.scheduling.internal.rules;

import java.time.LocalTime;

/** S1: business hours are 10:00-17:00 every day, weekends and holidays included. No night work. */
public final class BusinessHours {

    public static final LocalTime OPEN = LocalTime.of(10, 0);
    public static final LocalTime CLOSE = LocalTime.of(17, 0);

    public static boolean within(LocalTime start, LocalTime end) {
        return !start.isBefore(OPEN) && !end.isAfter(CLOSE);
    }

    private BusinessHours() {
    }
}
