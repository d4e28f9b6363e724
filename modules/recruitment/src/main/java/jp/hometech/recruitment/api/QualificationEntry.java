package jp.hometech.recruitment.api;

import java.time.LocalDate;

/** A qualification the applicant holds (R4a): the reference-data code (the grade is part of it) and when it was obtained. */
public record QualificationEntry(String qualificationCode, LocalDate obtainedOn) implements java.io.Serializable {
}
