package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.time.Instant;

/** When a closed application's personal data is due for erasure: once it has been closed for the retention period. */
public final class RetentionPolicy {

    public static final int DEFAULT_MONTHS = 12;

    /** Applications closed before this instant are erased; months are counted on the Japanese calendar. */
    public static Instant closedBefore(Instant now, int retentionMonths) {
        if (retentionMonths < 1) {
            throw new IllegalArgumentException("retention must be at least one month: " + retentionMonths);
        }
        return now.atZone(JapaneseCalendar.ZONE).minusMonths(retentionMonths).toInstant();
    }

    private RetentionPolicy() {
    }
}
