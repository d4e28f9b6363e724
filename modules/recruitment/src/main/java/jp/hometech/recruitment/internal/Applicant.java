package jp.hometech.recruitment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.ScreeningDecision;
import jp.hometech.recruitment.api.ScreeningRule;
import jp.hometech.recruitment.internal.rules.MessageArguments;
import jp.hometech.recruitment.internal.rules.ValidApplication;
import jp.hometech.recruitment.internal.screening.RuleResult;
import jp.hometech.recruitment.internal.screening.ScreeningReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "applicant")
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_kanji", nullable = false, length = 100)
    private String nameKanji;

    @Column(name = "name_kana", nullable = false, length = 100)
    private String nameKana;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 15)
    private String phone;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "enrolled_in_high_school", nullable = false)
    private boolean enrolledInHighSchool;

    @Column(name = "has_internet_pc", nullable = false)
    private boolean hasInternetPc;

    @Column(name = "obligations_acknowledged", nullable = false)
    private boolean obligationsAcknowledged;

    @Column(name = "self_declared_knowledge", nullable = false)
    private boolean selfDeclaredKnowledge;

    @Column(name = "personal_data_consent", nullable = false)
    private boolean personalDataConsent;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "age_at_application", nullable = false)
    private int ageAtApplication;

    @Column(name = "minor_at_application", nullable = false)
    private boolean minorAtApplication;

    @Column(name = "parental_consent_required", nullable = false)
    private boolean parentalConsentRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_route", nullable = false, length = 20)
    private QualificationRoute qualificationRoute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private ScreeningDecision decision;

    @Column(name = "deciding_rule", nullable = false, length = 3)
    private String decidingRule;

    @Column(name = "decision_reason_key", nullable = false, length = 120)
    private String decisionReasonKey;

    @Column(name = "decision_reason_arguments", length = 1000)
    private String decisionReasonArguments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicantStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_reason", length = 500)
    private String closingReason;

    @Column(name = "portal_username", length = 64)
    private String portalUsername;

    @Column(name = "portal_account_id")
    private Long portalAccountId;

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApplicantQualification> qualifications = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedOn")
    private List<SupportPeriod> supportPeriods = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ScreeningResultRecord> screeningResults = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Applicant() {
    }

    Applicant(ValidApplication application, ScreeningReport report, Instant now) {
        nameKanji = application.nameKanji();
        nameKana = application.nameKana();
        birthDate = application.birthDate();
        email = application.email();
        phone = application.phone();
        address = application.address();
        enrolledInHighSchool = application.enrolledInHighSchool();
        hasInternetPc = application.hasInternetPc();
        obligationsAcknowledged = application.obligationsAcknowledged();
        selfDeclaredKnowledge = application.selfDeclaredKnowledge();
        personalDataConsent = true;
        preferredLanguage = application.preferredLanguage();
        appliedAt = now;
        appliedOn = application.applicationDate();
        ageAtApplication = report.age();
        minorAtApplication = report.minor();
        parentalConsentRequired = report.parentalConsentRequired();
        qualificationRoute = report.route();
        decision = report.decision();
        RuleResult deciding = report.decidingResult();
        decidingRule = deciding.rule().getId();
        decisionReasonKey = deciding.messageKey();
        decisionReasonArguments = MessageArguments.join(deciding.arguments());
        if (report.invited()) {
            status = ApplicantStatus.INVITED;
        } else {
            status = ApplicantStatus.REJECTED;
            closedAt = now;
        }
        for (ValidApplication.HeldQualification held : application.qualifications()) {
            qualifications.add(new ApplicantQualification(this, held.qualification().code(), held.obtainedOn(),
                    held.qualification().qualifying()));
        }
        for (ValidApplication.WorkPeriodEntry period : application.supportWork()) {
            supportPeriods.add(new SupportPeriod(this, period.startedOn(), period.endedOn(), period.description()));
        }
        int position = 0;
        for (RuleResult result : report.results()) {
            screeningResults.add(new ScreeningResultRecord(this, result, position++));
        }
    }

    void changeStatus(ApplicantStatus newStatus) {
        status = newStatus;
    }

    void close(ApplicantStatus closedStatus, String reason, Instant now) {
        if (!closedStatus.isClosed()) {
            throw new IllegalArgumentException(closedStatus + " does not close an application");
        }
        status = closedStatus;
        closingReason = reason;
        closedAt = now;
    }

    /** R4c settled by the interviewer: its result, and R4's when R4c was the only route. */
    void replaceScreeningResult(RuleResult result) {
        screeningResults.stream().filter(r -> r.getRule() == result.rule()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + result.rule()))
                .replace(result);
    }

    void openedPortalAccount(String username, long accountId) {
        portalUsername = username;
        portalAccountId = accountId;
    }

    Long getId() { return id; }
    String getNameKanji() { return nameKanji; }
    String getNameKana() { return nameKana; }
    LocalDate getBirthDate() { return birthDate; }
    String getEmail() { return email; }
    String getPhone() { return phone; }
    String getAddress() { return address; }
    boolean isEnrolledInHighSchool() { return enrolledInHighSchool; }
    boolean isHasInternetPc() { return hasInternetPc; }
    boolean isObligationsAcknowledged() { return obligationsAcknowledged; }
    boolean isSelfDeclaredKnowledge() { return selfDeclaredKnowledge; }
    String getPreferredLanguage() { return preferredLanguage; }
    Instant getAppliedAt() { return appliedAt; }
    LocalDate getAppliedOn() { return appliedOn; }
    int getAgeAtApplication() { return ageAtApplication; }
    boolean isMinorAtApplication() { return minorAtApplication; }
    boolean isParentalConsentRequired() { return parentalConsentRequired; }
    QualificationRoute getQualificationRoute() { return qualificationRoute; }
    ScreeningDecision getDecision() { return decision; }
    ScreeningRule getDecidingRule() { return ScreeningRule.ofId(decidingRule); }
    String getDecisionReasonKey() { return decisionReasonKey; }
    List<String> getDecisionReasonArguments() { return MessageArguments.split(decisionReasonArguments); }
    ApplicantStatus getStatus() { return status; }
    Instant getClosedAt() { return closedAt; }
    String getClosingReason() { return closingReason; }
    String getPortalUsername() { return portalUsername; }
    Long getPortalAccountId() { return portalAccountId; }
    List<ApplicantQualification> getQualifications() { return qualifications; }
    List<SupportPeriod> getSupportPeriods() { return supportPeriods; }
    List<ScreeningResultRecord> getScreeningResults() { return screeningResults; }
    long getVersion() { return version; }
}
