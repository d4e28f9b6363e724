package jp.hometech.recruitment.internal.rules;

/** An entry of the qualification reference data as the form validation needs it. */
public record QualificationRef(String code, String nameJa, String nameEn, boolean qualifying, boolean active) {
}
