package jp.hometech.certificates.internal.content;

import java.time.LocalDate;
import java.time.LocalTime;

/** One line of the 就労実績表: a day worked, from its first start to its last end, and the minutes worked in it. */
public record DayLine(LocalDate date, LocalTime firstStart, LocalTime lastEnd, long minutesWorked) {
}
