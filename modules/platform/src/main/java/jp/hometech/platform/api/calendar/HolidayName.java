package jp.hometech.platform.api.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hometech.platform.api.calendar.NationalHoliday.Kind;

/** Every holiday name rule K1 can produce, in Japanese and English, with the kind it implies. */
enum HolidayName {
    NEW_YEARS_DAY("元日", "New Year's Day", Kind.STATUTORY),
    COMING_OF_AGE_DAY("成人の日", "Coming of Age Day", Kind.STATUTORY),
    NATIONAL_FOUNDATION_DAY("建国記念の日", "National Foundation Day", Kind.STATUTORY),
    EMPERORS_BIRTHDAY("天皇誕生日", "Emperor's Birthday", Kind.STATUTORY),
    VERNAL_EQUINOX_DAY("春分の日", "Vernal Equinox Day", Kind.STATUTORY),
    SHOWA_DAY("昭和の日", "Showa Day", Kind.STATUTORY),
    CONSTITUTION_MEMORIAL_DAY("憲法記念日", "Constitution Memorial Day", Kind.STATUTORY),
    GREENERY_DAY("みどりの日", "Greenery Day", Kind.STATUTORY),
    CHILDRENS_DAY("こどもの日", "Children's Day", Kind.STATUTORY),
    MARINE_DAY("海の日", "Marine Day", Kind.STATUTORY),
    MOUNTAIN_DAY("山の日", "Mountain Day", Kind.STATUTORY),
    RESPECT_FOR_THE_AGED_DAY("敬老の日", "Respect for the Aged Day", Kind.STATUTORY),
    AUTUMN_EQUINOX_DAY("秋分の日", "Autumn Equinox Day", Kind.STATUTORY),
    HEALTH_AND_SPORTS_DAY("体育の日", "Health and Sports Day", Kind.STATUTORY),
    SPORTS_DAY("スポーツの日", "Sports Day", Kind.STATUTORY),
    CULTURE_DAY("文化の日", "Culture Day", Kind.STATUTORY),
    LABOUR_THANKSGIVING_DAY("勤労感謝の日", "Labour Thanksgiving Day", Kind.STATUTORY),

    SUBSTITUTE_HOLIDAY("振替休日", "Substitute Holiday", Kind.SUBSTITUTE),
    CITIZENS_HOLIDAY("国民の休日", "Citizens' Holiday", Kind.CITIZENS),

    CROWN_PRINCE_AKIHITO_WEDDING("皇太子明仁親王の結婚の儀", "Wedding Ceremony of Crown Prince Akihito", Kind.SPECIAL),
    EMPEROR_SHOWA_FUNERAL("昭和天皇の大喪の礼", "Funeral Ceremony of Emperor Showa", Kind.SPECIAL),
    ENTHRONEMENT_CEREMONY("即位礼正殿の儀", "Enthronement Ceremony", Kind.SPECIAL),
    CROWN_PRINCE_NARUHITO_WEDDING("皇太子徳仁親王の結婚の儀", "Wedding Ceremony of Crown Prince Naruhito", Kind.SPECIAL),
    ENTHRONEMENT_DAY("天皇の即位の日", "Enthronement Day", Kind.SPECIAL);

    private static final Map<String, HolidayName> BY_JAPANESE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(HolidayName::japanese, Function.identity()));

    private final String japanese;
    private final String english;
    private final Kind kind;

    HolidayName(String japanese, String english, Kind kind) {
        this.japanese = japanese;
        this.english = english;
        this.kind = kind;
    }

    String japanese() {
        return japanese;
    }

    String english() {
        return english;
    }

    Kind kind() {
        return kind;
    }

    NationalHoliday on(LocalDate date) {
        return new NationalHoliday(date, japanese, english, kind);
    }

    static Optional<HolidayName> byJapaneseName(String japaneseName) {
        return Optional.ofNullable(BY_JAPANESE_NAME.get(japaneseName));
    }
}
