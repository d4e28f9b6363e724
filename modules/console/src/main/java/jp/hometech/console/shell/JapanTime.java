package jp.hometech.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants shown in Japan time (K3) on every page: {@code #{japanTime.format(row.at)}}. */
@Named
@ApplicationScoped
public class JapanTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapaneseCalendar.ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(JapaneseCalendar.ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String formatSeconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
