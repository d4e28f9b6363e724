package jp.hometech.recruitment.api;

/** Coarse age groups: what statistics keep of a birth date once the personal data is erased. */
public enum AgeBand {
    UNDER_16(0, 15), AGE_16_17(16, 17), AGE_18_19(18, 19), AGE_20S(20, 29), AGE_30S(30, 39), AGE_40S(40, 49),
    AGE_50S(50, 59), AGE_60_AND_OVER(60, Integer.MAX_VALUE);

    private final int from;
    private final int toInclusive;

    AgeBand(int from, int toInclusive) {
        this.from = from;
        this.toInclusive = toInclusive;
    }

    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.toInclusive) {
                return band;
            }
        }
        throw new IllegalArgumentException("age must not be negative: " + age);
    }

    public String getMessageKey() {
        return "recruitment.ageBand." + name();
    }
}
