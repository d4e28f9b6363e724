package jp.hometech.recruitment.api;

/** The screening rules of DOMAIN R1–R6, in the order they are evaluated and shown. R4 is the union of R4a–R4c. */
public enum ScreeningRule {
    R1("R1"), R2("R2"), R3("R3"), R4A("R4a"), R4B("R4b"), R4C("R4c"), R4("R4"), R5("R5"), R6("R6");

    private final String id;

    ScreeningRule(String id) {
        this.id = id;
    }

    /** The id as DOMAIN writes it, e.g. "R4a". */
    public String getId() {
        return id;
    }

    /** The rule's short name in the module's bundle, e.g. {@code recruitment.rule.R4a}. */
    public String getMessageKey() {
        return "recruitment.rule." + id;
    }

    public static ScreeningRule ofId(String id) {
        for (ScreeningRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("Unknown screening rule: " + id);
    }
}
