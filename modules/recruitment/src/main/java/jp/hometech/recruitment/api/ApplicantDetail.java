package jp.hometech.recruitment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything staff see of one applicant, with the screening explanation (R8) and the history. */
public final class ApplicantDetail implements java.io.Serializable {

    private final long id;
    private final String nameKanji;
    private final String nameKana;
    private final LocalDate birthDate;
    private final String email;
    private final String phone;
    private final String address;
    private final boolean enrolledInHighSchool;
    private final boolean hasInternetPc;
    private final boolean obligationsAcknowledged;
    private final boolean selfDeclaredKnowledge;
    private final Instant appliedAt;
    private final LocalDate appliedOn;
    private final int ageAtApplication;
    private final boolean minor;
    private final boolean parentalConsentRequired;
    private final ApplicantStatus status;
    private final QualificationRoute route;
    private final ScreeningDecision decision;
    private final ScreeningRule decidingRule;
    private final String decisionReasonKey;
    private final List<String> decisionReasonArguments;
    private final List<RuleResultView> screening;
    private final List<DeclaredQualificationView> qualifications;
    private final List<SupportWorkView> supportWork;
    private final BookingView activeBooking;
    private final InterviewOutcomeView interviewOutcome;
    private final ConsentDocumentView consent;
    private final Long contractId;
    private final Instant closedAt;
    private final String closingReason;
    private final String portalUsername;
    private final Long portalAccountId;
    private final List<HistoryEntryView> history;
    private final long version;

    public ApplicantDetail(long id, String nameKanji, String nameKana, LocalDate birthDate, String email, String phone,
                           String address, boolean enrolledInHighSchool, boolean hasInternetPc,
                           boolean obligationsAcknowledged, boolean selfDeclaredKnowledge, Instant appliedAt,
                           LocalDate appliedOn, int ageAtApplication, boolean minor, boolean parentalConsentRequired,
                           ApplicantStatus status, QualificationRoute route, ScreeningDecision decision,
                           ScreeningRule decidingRule, String decisionReasonKey, List<String> decisionReasonArguments,
                           List<RuleResultView> screening, List<DeclaredQualificationView> qualifications,
                           List<SupportWorkView> supportWork, BookingView activeBooking,
                           InterviewOutcomeView interviewOutcome, ConsentDocumentView consent, Long contractId,
                           Instant closedAt, String closingReason, String portalUsername, Long portalAccountId,
                           List<HistoryEntryView> history, long version) {
        this.id = id;
        this.nameKanji = nameKanji;
        this.nameKana = nameKana;
        this.birthDate = birthDate;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.enrolledInHighSchool = enrolledInHighSchool;
        this.hasInternetPc = hasInternetPc;
        this.obligationsAcknowledged = obligationsAcknowledged;
        this.selfDeclaredKnowledge = selfDeclaredKnowledge;
        this.appliedAt = appliedAt;
        this.appliedOn = appliedOn;
        this.ageAtApplication = ageAtApplication;
        this.minor = minor;
        this.parentalConsentRequired = parentalConsentRequired;
        this.status = status;
        this.route = route;
        this.decision = decision;
        this.decidingRule = decidingRule;
        this.decisionReasonKey = decisionReasonKey;
        this.decisionReasonArguments = List.copyOf(decisionReasonArguments);
        this.screening = List.copyOf(screening);
        this.qualifications = List.copyOf(qualifications);
        this.supportWork = List.copyOf(supportWork);
        this.activeBooking = activeBooking;
        this.interviewOutcome = interviewOutcome;
        this.consent = consent;
        this.contractId = contractId;
        this.closedAt = closedAt;
        this.closingReason = closingReason;
        this.portalUsername = portalUsername;
        this.portalAccountId = portalAccountId;
        this.history = List.copyOf(history);
        this.version = version;
    }

    public long getId() { return id; }
    public String getNameKanji() { return nameKanji; }
    public String getNameKana() { return nameKana; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public boolean isEnrolledInHighSchool() { return enrolledInHighSchool; }
    public boolean isHasInternetPc() { return hasInternetPc; }
    public boolean isObligationsAcknowledged() { return obligationsAcknowledged; }
    public boolean isSelfDeclaredKnowledge() { return selfDeclaredKnowledge; }
    public Instant getAppliedAt() { return appliedAt; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public int getAgeAtApplication() { return ageAtApplication; }
    public boolean isMinor() { return minor; }
    public boolean isParentalConsentRequired() { return parentalConsentRequired; }
    public ApplicantStatus getStatus() { return status; }
    public QualificationRoute getRoute() { return route; }
    public ScreeningDecision getDecision() { return decision; }
    public ScreeningRule getDecidingRule() { return decidingRule; }
    public String getDecisionReasonKey() { return decisionReasonKey; }
    public List<String> getDecisionReasonArguments() { return decisionReasonArguments; }
    public Object[] getDecisionReasonArgumentArray() { return decisionReasonArguments.toArray(); }
    public List<RuleResultView> getScreening() { return screening; }
    public List<DeclaredQualificationView> getQualifications() { return qualifications; }
    public List<SupportWorkView> getSupportWork() { return supportWork; }
    public BookingView getActiveBooking() { return activeBooking; }
    public InterviewOutcomeView getInterviewOutcome() { return interviewOutcome; }
    public ConsentDocumentView getConsent() { return consent; }
    public boolean isConsentVerified() { return consent != null && consent.isVerified(); }
    public Long getContractId() { return contractId; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosingReason() { return closingReason; }
    public String getPortalUsername() { return portalUsername; }
    /** The platform account of the applicant's portal login: how other modules refer to this person. */
    public Long getPortalAccountId() { return portalAccountId; }
    public List<HistoryEntryView> getHistory() { return history; }
    public long getVersion() { return version; }
}
