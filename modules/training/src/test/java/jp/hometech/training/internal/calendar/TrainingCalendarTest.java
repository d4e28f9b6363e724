package jp.hometech.training.internal.calendar;

import jp.hometech.platform.api.calendar.JapaneseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingCalendarTest {

    private final TrainingCalendar calendar = TrainingCalendar.standard();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-12-25, ",                  // Friday, an ordinary training day
            "2026-12-26, WEEKEND",           // Saturday
            "2026-12-27, WEEKEND",           // Sunday
            "2026-12-28, ",                  // Monday before the closure: still a training day
            "2026-12-29, COMPANY_YEAR_END",  // Tuesday, plain weekday, company closure
            "2026-12-30, COMPANY_YEAR_END",  // Wednesday, plain weekday, company closure
            "2026-12-31, COMPANY_YEAR_END",  // Thursday, plain weekday, company closure
            "2027-01-01, NATIONAL_HOLIDAY",  // Friday, 元日
            "2027-01-02, WEEKEND",           // Saturday
            "2027-01-03, WEEKEND",           // Sunday
            "2027-01-04, ",                  // Monday: training resumes
            "2027-01-11, NATIONAL_HOLIDAY",  // 成人の日
    })
    void namesWhyAYearEndDateIsNoTrainingDay_T2_K1(LocalDate date, NonTrainingDayReason expected) {
        assertEquals(Optional.ofNullable(expected), calendar.whyNotTrainingDay(date));
    }

    @Test
    void yearEndWeekdaysAreCompanyHolidaysThoughNotNationalHolidays_T2() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        assertTrue(JapaneseCalendar.standard().isWorkingWeekday(newYearsEve));
        assertTrue(TrainingCalendar.isCompanyYearEndHoliday(newYearsEve));
        assertFalse(calendar.isTrainingDay(newYearsEve));
    }

    @ParameterizedTest
    @CsvSource({"2026-12-28, false", "2026-12-29, true", "2027-01-03, true", "2027-01-04, false", "2030-01-02, true"})
    void companyYearEndRunsFrom29DecemberTo3January(LocalDate date, boolean closed) {
        assertEquals(closed, TrainingCalendar.isCompanyYearEndHoliday(date));
    }

    @Test
    void nextTrainingDayJumpsOverGoldenWeek_T2_K1() {
        assertEquals(LocalDate.of(2026, 5, 7), calendar.nextTrainingDay(LocalDate.of(2026, 5, 1)));
        assertEquals(LocalDate.of(2026, 4, 30), calendar.nextTrainingDay(LocalDate.of(2026, 4, 28)));
    }

    @Test
    void nextTrainingDayJumpsOverTheYearEndClosure() {
        assertEquals(LocalDate.of(2027, 1, 4), calendar.nextTrainingDay(LocalDate.of(2026, 12, 28)));
    }
}
