package jp.hometech.recruitment.internal.screening;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in completed years. Someone born on 29 February turns a year older on 1 March in a common year: that is
 * what Japanese law gives (民法143条: a period ending in a month without the corresponding day ends with that
 * month's last day, so the new age starts the next day), and what {@link Period#between} computes.
 */
public final class Ages {

    public static final int MINIMUM_APPLICATION_AGE = 16;
    public static final int AGE_OF_MAJORITY = 18;

    public static int ageOn(LocalDate birthDate, LocalDate date) {
        if (birthDate.isAfter(date)) {
            throw new IllegalArgumentException("born after " + date + ": " + birthDate);
        }
        return Period.between(birthDate, date).getYears();
    }

    public static boolean isMinorOn(LocalDate birthDate, LocalDate date) {
        return ageOn(birthDate, date) < AGE_OF_MAJORITY;
    }

    /** The first day on which the person is {@code age} years old. */
    public static LocalDate dayReaching(LocalDate birthDate, int age) {
        LocalDate candidate = birthDate.plusYears(age);
        return ageOn(birthDate, candidate) >= age ? candidate : candidate.plusDays(1);
    }

    private Ages() {
    }
}
