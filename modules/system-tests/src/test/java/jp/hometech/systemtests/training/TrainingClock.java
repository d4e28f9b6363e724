package jp.hometech.systemtests.training;

import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Time travel for training tests. The services take "today" from the real clock, and a cohort can only be
 * created in the future, but attendance, the assessment and call training need days that have come. So a
 * test lays a cohort out in the future through the api and then moves all its dates back by whole weeks in
 * the database: the weekdays stay weekdays (the schema's checks hold) and the plan keeps its shape.
 */
final class TrainingClock {

    private TrainingClock() {
    }

    static LocalDate today() {
        return JapaneseCalendar.standard().today();
    }

    /** A training day (weekday, no national holiday, not 29 Dec – 3 Jan) at least {@code days} from today. */
    static LocalDate trainingDayFromNow(int days) {
        LocalDate date = today().plusDays(days);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || JapaneseCalendar.standard().isNationalHoliday(date) || yearEnd(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static boolean yearEnd(LocalDate date) {
        return (date.getMonthValue() == 12 && date.getDayOfMonth() >= 29) || (date.getMonthValue() == 1 && date.getDayOfMonth() <= 3);
    }

    /**
     * Moves every date of the cohort back by whole weeks, until its last call-training day is in the past:
     * then every attended day has come. Returns the number of days moved.
     */
    static long moveIntoThePast(Connection connection, long cohortId) throws SQLException {
        LocalDate lastCallTrainingDay;
        try (PreparedStatement query = connection.prepareStatement(
                "select max(first_date) from training.cohort_day where cohort_id = ? and kind = 'CALL_TRAINING'")) {
            query.setLong(1, cohortId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                lastCallTrainingDay = result.getObject(1, LocalDate.class);
            }
        }
        long weeks = ChronoUnit.DAYS.between(today(), lastCallTrainingDay) / 7 + 1;
        long days = weeks * 7;
        try (PreparedStatement days1 = connection.prepareStatement(
                "update training.cohort_day set first_date = first_date - ?, last_date = last_date - ? where cohort_id = ?");
             PreparedStatement cohort = connection.prepareStatement(
                     "update training.cohort set start_date = start_date - ?, line_ready_by = line_ready_by - ? where id = ?")) {
            days1.setInt(1, (int) days);
            days1.setInt(2, (int) days);
            days1.setLong(3, cohortId);
            days1.executeUpdate();
            cohort.setInt(1, (int) days);
            cohort.setInt(2, (int) days);
            cohort.setLong(3, cohortId);
            cohort.executeUpdate();
        }
        return days;
    }
}
