package jp.hometech.recruitment.api;

import java.time.LocalDate;

/** A certificate the applicant holds (R4a): the reference-data code (the grade is part of it) and when it was obtained. */
public record CertificateEntry(String certificateCode, LocalDate obtainedOn) implements java.io.Serializable {
}
