package jp.hometech.recruitment.api;

/**
 * A qualification of the reference list (R4a). {@code qualifying} false keeps a qualification on the form that does
 * not count (e.g. .com Master BASIC, P検 3級), so the applicant can declare it and learn why it is not enough.
 */
public record QualificationDefinition(String code, String nameJa, String nameEn, boolean qualifying, boolean active,
                                    int sortOrder) implements java.io.Serializable {
}
