package jp.hometech.certificates.internal.content;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/**
 * Dates as Japanese forms write them: the era year (和暦, e.g. 令和8年12月2日) and the Western year
 * (2026年12月2日). The first year of an era is written 元年 (2019-05-01 is 令和元年5月1日). The era names are
 * spelled here rather than taken from the JDK's display names, which depend on the locale data in use.
 */
public final class Wareki {

    private static final String[] WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};

    private Wareki() {
    }

    /** E.g. 令和8年12月2日. Dates before 1873 (no Gregorian era in Japan) are written in the Western year. */
    public static String date(LocalDate date) {
        try {
            JapaneseDate japanese = JapaneseDate.from(date);
            return eraYear(japanese) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        } catch (DateTimeException beforeMeiji6) {
            return western(date);
        }
    }

    /** E.g. 2026年12月2日. */
    public static String western(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** E.g. 令和8年12月2日（2026年12月2日）: both calendars, as the standard 就労証明書 asks for the date of issue. */
    public static String both(LocalDate date) {
        return date(date) + "（" + western(date) + "）";
    }

    /** E.g. 2026年9月（令和8年9月）. */
    public static String month(YearMonth month) {
        JapaneseDate japanese = JapaneseDate.from(month.atDay(1));
        return month.getYear() + "年" + month.getMonthValue() + "月（" + eraYear(japanese) + month.getMonthValue() + "月）";
    }

    /** E.g. 9月3日（木）. */
    public static String dayWithWeekday(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日（" + weekday(date.getDayOfWeek()) + "）";
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** E.g. 令和8年, 令和元年, 平成31年, 昭和64年. */
    static String eraYear(JapaneseDate date) {
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return eraName(date.getEra()) + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }

    static String eraName(JapaneseEra era) {
        return switch (era.getValue()) {
            case -1 -> "明治";
            case 0 -> "大正";
            case 1 -> "昭和";
            case 2 -> "平成";
            case 3 -> "令和";
            default -> era.toString();
        };
    }
}
