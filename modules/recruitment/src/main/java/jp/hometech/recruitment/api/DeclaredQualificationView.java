package jp.hometech.recruitment.api;

import java.time.LocalDate;

/** A qualification an applicant declared, with whether it counted for R4a. */
public final class DeclaredQualificationView implements java.io.Serializable {

    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final LocalDate obtainedOn;
    private final boolean qualifying;

    public DeclaredQualificationView(String code, String nameJa, String nameEn, LocalDate obtainedOn, boolean qualifying) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.obtainedOn = obtainedOn;
        this.qualifying = qualifying;
    }

    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public LocalDate getObtainedOn() { return obtainedOn; }
    public boolean isQualifying() { return qualifying; }
}
