package jp.hometech.recruitment.internal.screening;

/** A declared certificate as the reference data knows it (R4a). */
public record CertificateClaim(String code, String name, boolean qualifying) {
}
