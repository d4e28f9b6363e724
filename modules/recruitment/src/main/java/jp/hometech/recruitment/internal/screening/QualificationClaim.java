package jp.hometech.recruitment.internal.screening;

/** A declared qualification as the reference data knows it (R4a). */
public record QualificationClaim(String code, String name, boolean qualifying) {
}
