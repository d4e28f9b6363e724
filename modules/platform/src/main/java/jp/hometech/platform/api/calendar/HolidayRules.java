package jp.hometech.platform.api.calendar;

import static jp.hometech.platform.api.calendar.HolidayName.AUTUMN_EQUINOX_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.CHILDRENS_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.CITIZENS_HOLIDAY;
import static jp.hometech.platform.api.calendar.HolidayName.COMING_OF_AGE_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.CONSTITUTION_MEMORIAL_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.CROWN_PRINCE_AKIHITO_WEDDING;
import static jp.hometech.platform.api.calendar.HolidayName.CROWN_PRINCE_NARUHITO_WEDDING;
import static jp.hometech.platform.api.calendar.HolidayName.CULTURE_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.EMPERORS_BIRTHDAY;
import static jp.hometech.platform.api.calendar.HolidayName.EMPEROR_SHOWA_FUNERAL;
import static jp.hometech.platform.api.calendar.HolidayName.ENTHRONEMENT_CEREMONY;
import static jp.hometech.platform.api.calendar.HolidayName.ENTHRONEMENT_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.GREENERY_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.HEALTH_AND_SPORTS_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.LABOUR_THANKSGIVING_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.MARINE_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.MOUNTAIN_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.NATIONAL_FOUNDATION_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.NEW_YEARS_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.RESPECT_FOR_THE_AGED_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.SHOWA_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.SPORTS_DAY;
import static jp.hometech.platform.api.calendar.HolidayName.SUBSTITUTE_HOLIDAY;
import static jp.hometech.platform.api.calendar.HolidayName.VERNAL_EQUINOX_DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule K1 as code: the Act on National Holidays (国民の祝日に関する法律) and its amendments,
 * plus the one-off holiday laws, for 1948..2099.
 *
 * <p>Equinox days are fixed each February by the Cabinet Office from the National Astronomical
 * Observatory's ephemeris; the approximation formula used here reproduces every published date
 * and is the customary way to project them (it is valid up to 2099).
 */
final class HolidayRules {

    static final int FIRST_SUPPORTED_YEAR = 1948;
    static final int LAST_SUPPORTED_YEAR = 2099;

    /** The Act was promulgated and took effect on 1948-07-20; nothing before it counts. */
    private static final LocalDate ACT_IN_FORCE = LocalDate.of(1948, 7, 20);
    /** Substitute holidays (振替休日) exist since the amendment in force 1973-04-12. */
    private static final LocalDate SUBSTITUTE_HOLIDAYS_IN_FORCE = LocalDate.of(1973, 4, 12);
    /**
     * From 2007 the substitute is the next day that is not itself a holiday, rather than
     * simply the Monday; this matters when Sunday 5/3 or 5/4 is followed by more holidays.
     */
    private static final LocalDate SUBSTITUTE_SKIPS_HOLIDAYS_FROM = LocalDate.of(2007, 1, 1);
    /** Citizens' holidays (国民の休日) exist since the amendment in force 1985-12-27. */
    private static final LocalDate CITIZENS_HOLIDAYS_IN_FORCE = LocalDate.of(1985, 12, 27);

    private HolidayRules() {
    }

    static boolean supports(int year) {
        return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
    }

    /** Every day off in {@code year}, in date order. */
    static List<NationalHoliday> holidaysIn(int year) {
        if (!supports(year)) {
            throw new IllegalArgumentException("Japanese holiday rules cover " + FIRST_SUPPORTED_YEAR + ".."
                    + LAST_SUPPORTED_YEAR + " only, not " + year);
        }
        Map<LocalDate, NationalHoliday> namedDays = namedDaysOf(year);
        Map<LocalDate, NationalHoliday> daysOff = new TreeMap<>(namedDays);
        addSubstituteHolidays(namedDays, daysOff);
        addCitizensHolidays(year, namedDays, daysOff);
        return List.copyOf(daysOff.values());
    }

    /** The statutory and one-off days, i.e. what the Act calls 国民の祝日 for the two derived rules. */
    private static Map<LocalDate, NationalHoliday> namedDaysOf(int year) {
        List<NationalHoliday> candidates = new ArrayList<>();
        candidates.add(NEW_YEARS_DAY.on(LocalDate.of(year, 1, 1)));
        candidates.add(COMING_OF_AGE_DAY.on(year < 2000
                ? LocalDate.of(year, 1, 15)
                : nthMonday(year, Month.JANUARY, 2)));
        if (year >= 1967) {
            candidates.add(NATIONAL_FOUNDATION_DAY.on(LocalDate.of(year, 2, 11)));
        }
        candidates.add(VERNAL_EQUINOX_DAY.on(LocalDate.of(year, 3, vernalEquinoxDay(year))));
        addApril29AndEmperorsBirthday(year, candidates);
        candidates.add(CONSTITUTION_MEMORIAL_DAY.on(LocalDate.of(year, 5, 3)));
        if (year >= 2007) {
            candidates.add(GREENERY_DAY.on(LocalDate.of(year, 5, 4)));
        }
        candidates.add(CHILDRENS_DAY.on(LocalDate.of(year, 5, 5)));
        addMarineDay(year, candidates);
        addMountainDay(year, candidates);
        if (year >= 1966) {
            candidates.add(RESPECT_FOR_THE_AGED_DAY.on(year < 2003
                    ? LocalDate.of(year, 9, 15)
                    : nthMonday(year, Month.SEPTEMBER, 3)));
        }
        candidates.add(AUTUMN_EQUINOX_DAY.on(LocalDate.of(year, 9, autumnEquinoxDay(year))));
        addSportsDay(year, candidates);
        candidates.add(CULTURE_DAY.on(LocalDate.of(year, 11, 3)));
        candidates.add(LABOUR_THANKSGIVING_DAY.on(LocalDate.of(year, 11, 23)));
        addOneOffDays(year, candidates);

        Map<LocalDate, NationalHoliday> namedDays = new TreeMap<>();
        for (NationalHoliday holiday : candidates) {
            if (holiday.date().isBefore(ACT_IN_FORCE)) {
                continue;
            }
            NationalHoliday clash = namedDays.put(holiday.date(), holiday);
            if (clash != null) {
                throw new IllegalStateException("Two holidays on " + holiday.date() + ": " + clash.nameJa()
                        + " and " + holiday.nameJa());
            }
        }
        return namedDays;
    }

    private static void addApril29AndEmperorsBirthday(int year, List<NationalHoliday> candidates) {
        if (year <= 1988) {
            candidates.add(EMPERORS_BIRTHDAY.on(LocalDate.of(year, 4, 29)));
            return;
        }
        candidates.add((year <= 2006 ? GREENERY_DAY : SHOWA_DAY).on(LocalDate.of(year, 4, 29)));
        if (year <= 2018) {
            candidates.add(EMPERORS_BIRTHDAY.on(LocalDate.of(year, 12, 23)));
        } else if (year >= 2020) {
            // 2019 had no Emperor's Birthday: Akihito abdicated on 4/30, before 12/23,
            // and the law moving it to 2/23 only took effect with the new reign.
            candidates.add(EMPERORS_BIRTHDAY.on(LocalDate.of(year, 2, 23)));
        }
    }

    private static void addMarineDay(int year, List<NationalHoliday> candidates) {
        if (year < 1996) {
            return;
        }
        LocalDate date;
        if (year == 2020) {
            date = LocalDate.of(2020, 7, 23); // moved for the Tokyo Olympics
        } else if (year == 2021) {
            date = LocalDate.of(2021, 7, 22); // moved again when the Olympics were postponed
        } else if (year < 2003) {
            date = LocalDate.of(year, 7, 20);
        } else {
            date = nthMonday(year, Month.JULY, 3);
        }
        candidates.add(MARINE_DAY.on(date));
    }

    private static void addMountainDay(int year, List<NationalHoliday> candidates) {
        if (year < 2016) {
            return;
        }
        LocalDate date = switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
        candidates.add(MOUNTAIN_DAY.on(date));
    }

    private static void addSportsDay(int year, List<NationalHoliday> candidates) {
        if (year < 1966) {
            return;
        }
        if (year < 2000) {
            candidates.add(HEALTH_AND_SPORTS_DAY.on(LocalDate.of(year, 10, 10)));
        } else if (year < 2020) {
            candidates.add(HEALTH_AND_SPORTS_DAY.on(nthMonday(year, Month.OCTOBER, 2)));
        } else if (year == 2020) {
            candidates.add(SPORTS_DAY.on(LocalDate.of(2020, 7, 24)));
        } else if (year == 2021) {
            candidates.add(SPORTS_DAY.on(LocalDate.of(2021, 7, 23)));
        } else {
            candidates.add(SPORTS_DAY.on(nthMonday(year, Month.OCTOBER, 2)));
        }
    }

    private static void addOneOffDays(int year, List<NationalHoliday> candidates) {
        switch (year) {
            case 1959 -> candidates.add(CROWN_PRINCE_AKIHITO_WEDDING.on(LocalDate.of(1959, 4, 10)));
            case 1989 -> candidates.add(EMPEROR_SHOWA_FUNERAL.on(LocalDate.of(1989, 2, 24)));
            case 1990 -> candidates.add(ENTHRONEMENT_CEREMONY.on(LocalDate.of(1990, 11, 12)));
            case 1993 -> candidates.add(CROWN_PRINCE_NARUHITO_WEDDING.on(LocalDate.of(1993, 6, 9)));
            case 2019 -> {
                // The 2019 special law deems both days 国民の祝日, which is what makes
                // 4/30 and 5/2 citizens' holidays.
                candidates.add(ENTHRONEMENT_DAY.on(LocalDate.of(2019, 5, 1)));
                candidates.add(ENTHRONEMENT_CEREMONY.on(LocalDate.of(2019, 10, 22)));
            }
            default -> {
                // no one-off holiday this year
            }
        }
    }

    private static void addSubstituteHolidays(Map<LocalDate, NationalHoliday> namedDays,
                                              Map<LocalDate, NationalHoliday> daysOff) {
        for (LocalDate date : namedDays.keySet()) {
            if (date.getDayOfWeek() != DayOfWeek.SUNDAY || date.isBefore(SUBSTITUTE_HOLIDAYS_IN_FORCE)) {
                continue;
            }
            LocalDate substitute = date.plusDays(1);
            if (date.isBefore(SUBSTITUTE_SKIPS_HOLIDAYS_FROM)) {
                if (!namedDays.containsKey(substitute)) {
                    daysOff.put(substitute, SUBSTITUTE_HOLIDAY.on(substitute));
                }
            } else {
                while (namedDays.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                daysOff.put(substitute, SUBSTITUTE_HOLIDAY.on(substitute));
            }
        }
    }

    private static void addCitizensHolidays(int year, Map<LocalDate, NationalHoliday> namedDays,
                                            Map<LocalDate, NationalHoliday> daysOff) {
        for (LocalDate date : namedDays.keySet()) {
            LocalDate between = date.plusDays(1);
            boolean sandwiched = namedDays.containsKey(between.plusDays(1));
            // Sundays and substitute days are excluded by the Act: they are already days off.
            if (sandwiched
                    && between.getYear() == year
                    && !between.isBefore(CITIZENS_HOLIDAYS_IN_FORCE)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !daysOff.containsKey(between)) {
                daysOff.put(between, CITIZENS_HOLIDAY.on(between));
            }
        }
    }

    /**
     * Day of March of the vernal equinox day, by the customary approximation formula
     * (e.g. 国立天文台 暦要項 projections). Java's truncating int division is what the published
     * formula's {@code INT()} means for the negative terms before 1983.
     */
    static int vernalEquinoxDay(int year) {
        if (year < 1980) {
            return (int) (20.8357 + 0.242194 * (year - 1980) - (year - 1983) / 4);
        }
        return (int) (20.8431 + 0.242194 * (year - 1980) - (year - 1980) / 4);
    }

    /** Day of September of the autumn equinox day; see {@link #vernalEquinoxDay(int)}. */
    static int autumnEquinoxDay(int year) {
        if (year < 1980) {
            return (int) (23.2588 + 0.242194 * (year - 1980) - (year - 1983) / 4);
        }
        return (int) (23.2488 + 0.242194 * (year - 1980) - (year - 1980) / 4);
    }

    private static LocalDate nthMonday(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    }
}
