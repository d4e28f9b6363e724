package jp.hometech.recruitment.internal.rules;

/** An entry of the certificate reference data as the form validation needs it. */
public record CertificateRef(String code, String nameJa, String nameEn, boolean qualifying, boolean active) {
}
