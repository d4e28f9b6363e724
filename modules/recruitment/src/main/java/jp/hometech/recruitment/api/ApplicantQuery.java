package jp.hometech.recruitment.api;

import java.time.LocalDate;

/**
 * Filters of the applicant list; null means "any". {@code text} matches a part of the name (kanji or kana) or
 * the email, ignoring case. {@code minor} means under 18 on the application date.
 */
public record ApplicantQuery(ApplicantStatus status, LocalDate appliedFrom, LocalDate appliedToInclusive,
                             QualificationRoute route, Boolean minor, String text) implements java.io.Serializable {

    public static ApplicantQuery all() {
        return new ApplicantQuery(null, null, null, null, null, null);
    }
}
