package jp.hometech.recruitment.api;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the staff's applicant list. */
public final class ApplicantSummary implements java.io.Serializable {

    private final long id;
    private final String nameKanji;
    private final String nameKana;
    private final String email;
    private final LocalDate appliedOn;
    private final int ageAtApplication;
    private final boolean minor;
    private final ApplicantStatus status;
    private final QualificationRoute route;
    private final ScreeningRule decidingRule;
    private final Instant interviewStartsAt;
    private final long version;

    public ApplicantSummary(long id, String nameKanji, String nameKana, String email, LocalDate appliedOn,
                            int ageAtApplication, boolean minor, ApplicantStatus status, QualificationRoute route,
                            ScreeningRule decidingRule, Instant interviewStartsAt, long version) {
        this.id = id;
        this.nameKanji = nameKanji;
        this.nameKana = nameKana;
        this.email = email;
        this.appliedOn = appliedOn;
        this.ageAtApplication = ageAtApplication;
        this.minor = minor;
        this.status = status;
        this.route = route;
        this.decidingRule = decidingRule;
        this.interviewStartsAt = interviewStartsAt;
        this.version = version;
    }

    public long getId() { return id; }
    public String getNameKanji() { return nameKanji; }
    public String getNameKana() { return nameKana; }
    public String getEmail() { return email; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public int getAgeAtApplication() { return ageAtApplication; }
    public boolean isMinor() { return minor; }
    public ApplicantStatus getStatus() { return status; }
    public QualificationRoute getRoute() { return route; }
    public ScreeningRule getDecidingRule() { return decidingRule; }
    /** Start of the active interview booking, or null. */
    public Instant getInterviewStartsAt() { return interviewStartsAt; }
    public long getVersion() { return version; }
}
