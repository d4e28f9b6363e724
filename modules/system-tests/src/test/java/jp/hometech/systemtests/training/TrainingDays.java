package jp.hometech.systemtests.training;

import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Dates for training tests, counted from the business "today" the test read (in the container from the
 * business clock, outside it from {@code BusinessTime}). A test lays a cohort out in the future, as the rules
 * require, and then sets the business clock forward to the day it needs to have come.
 */
final class TrainingDays {

    private TrainingDays() {
    }

    /** A training day (weekday, no national holiday, not 29 Dec – 3 Jan) at least {@code days} after {@code today}. */
    static LocalDate trainingDayFrom(LocalDate today, int days) {
        LocalDate date = today.plusDays(days);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || JapaneseCalendar.standard().isNationalHoliday(date) || yearEnd(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static boolean yearEnd(LocalDate date) {
        return (date.getMonthValue() == 12 && date.getDayOfMonth() >= 29) || (date.getMonthValue() == 1 && date.getDayOfMonth() <= 3);
    }
}
