package jp.hometech.platform.api.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One day off under the Act on National Holidays (国民の祝日に関する法律), rule K1.
 *
 * <p>Substitute holidays (振替休日) and citizens' holidays (国民の休日) are included because the
 * Act makes them days off too; {@link #kind()} tells them apart from the named holidays.
 *
 * @param date   the day off
 * @param nameJa the Japanese name, e.g. {@code 成人の日}
 * @param nameEn the English name, e.g. {@code Coming of Age Day}
 * @param kind   why the day is off
 */
public record NationalHoliday(LocalDate date, String nameJa, String nameEn, Kind kind) implements java.io.Serializable {

    /** Why a day is off. */
    public enum Kind {
        /** A named holiday of the Act (元日, 成人の日, …), including the 2020/2021 Olympic moves. */
        STATUTORY,
        /** 振替休日: a named holiday fell on a Sunday (since 1973-04-12). */
        SUBSTITUTE,
        /** 国民の休日: a weekday sandwiched between two holidays (since 1985-12-27). */
        CITIZENS,
        /** A one-off day made a holiday by its own law (imperial weddings, funeral, enthronement). */
        SPECIAL
    }

    public NationalHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (nameJa == null || nameJa.isBlank()) {
            throw new IllegalArgumentException("nameJa must not be blank for " + date);
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("nameEn must not be blank for " + date);
        }
    }

    /** The Japanese name for a Japanese locale, the English name for every other locale. */
    public String name(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }
}
