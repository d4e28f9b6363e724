package jp.hometech.training.internal.calendar;

import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which training can take place.
 *
 * <p>T2: never a Saturday, a Sunday or a national holiday (K1, the platform calendar).
 *
 * <p>Company rule (year-end closure, 年末年始休業): 29 December – 3 January are company holidays for training
 * too, even where they are plain weekdays. They are not national holidays (only 1 January is), but the
 * trainers and the help desk's back office are off, so no group, assessment or call-training day, and no
 * work start, is placed on them. Self-study periods run through them: trainees study at home on their own time.
 */
public final class TrainingCalendar {

    private static final TrainingCalendar STANDARD = new TrainingCalendar(JapaneseCalendar.standard());

    private final JapaneseCalendar calendar;

    public TrainingCalendar(JapaneseCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static TrainingCalendar standard() {
        return STANDARD;
    }

    public JapaneseCalendar japaneseCalendar() {
        return calendar;
    }

    /** The company's year-end closure: 29 December – 3 January, whatever day of the week. */
    public static boolean isCompanyYearEndHoliday(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
    }

    /** Why {@code date} is no training day; empty when it is one. A weekend is named before a holiday on it. */
    public Optional<NonTrainingDayReason> whyNotTrainingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(NonTrainingDayReason.WEEKEND);
        }
        if (calendar.isNationalHoliday(date)) {
            return Optional.of(NonTrainingDayReason.NATIONAL_HOLIDAY);
        }
        if (isCompanyYearEndHoliday(date)) {
            return Optional.of(NonTrainingDayReason.COMPANY_YEAR_END);
        }
        return Optional.empty();
    }

    public boolean isTrainingDay(LocalDate date) {
        return whyNotTrainingDay(date).isEmpty();
    }

    /** The first training day strictly after {@code date}. */
    public LocalDate nextTrainingDay(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        while (!isTrainingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The holiday's name for messages, when {@code date} is a national holiday. */
    public Optional<String> holidayName(LocalDate date, Locale locale) {
        return calendar.holiday(date).map(holiday -> holiday.name(locale));
    }
}
