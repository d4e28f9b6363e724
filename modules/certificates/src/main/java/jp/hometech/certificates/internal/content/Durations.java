package jp.hometech.certificates.internal.content;

import java.math.BigDecimal;
import java.time.LocalTime;

/** Hours as the certificate prints them: exact hours and minutes (41時間30分), never a rounded decimal. */
public final class Durations {

    private Durations() {
    }

    public static String hoursAndMinutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? hours + "時間" : hours + "時間" + rest + "分";
    }

    public static String time(LocalTime time) {
        return time == null ? "" : String.format("%d:%02d", time.getHour(), time.getMinute());
    }

    /** One decimal without a trailing .0: 2.8日, 3日. */
    public static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
