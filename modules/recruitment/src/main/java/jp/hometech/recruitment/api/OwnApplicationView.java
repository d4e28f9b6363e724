package jp.hometech.recruitment.api;

import java.time.LocalDate;
import java.util.List;

/** What an applicant sees of their own application in the portal: no staff notes. */
public final class OwnApplicationView implements java.io.Serializable {

    private final long applicantId;
    private final String nameKanji;
    private final LocalDate appliedOn;
    private final ApplicantStatus status;
    private final ScreeningDecision decision;
    private final ScreeningRule decidingRule;
    private final String decisionReasonKey;
    private final List<String> decisionReasonArguments;
    private final List<RuleResultView> screening;
    private final BookingView activeBooking;
    private final boolean parentalConsentRequired;
    private final boolean consentReceived;
    private final boolean consentVerified;
    private final String closingReason;

    public OwnApplicationView(long applicantId, String nameKanji, LocalDate appliedOn, ApplicantStatus status,
                              ScreeningDecision decision, ScreeningRule decidingRule, String decisionReasonKey,
                              List<String> decisionReasonArguments, List<RuleResultView> screening,
                              BookingView activeBooking, boolean parentalConsentRequired, boolean consentReceived,
                              boolean consentVerified, String closingReason) {
        this.applicantId = applicantId;
        this.nameKanji = nameKanji;
        this.appliedOn = appliedOn;
        this.status = status;
        this.decision = decision;
        this.decidingRule = decidingRule;
        this.decisionReasonKey = decisionReasonKey;
        this.decisionReasonArguments = List.copyOf(decisionReasonArguments);
        this.screening = List.copyOf(screening);
        this.activeBooking = activeBooking;
        this.parentalConsentRequired = parentalConsentRequired;
        this.consentReceived = consentReceived;
        this.consentVerified = consentVerified;
        this.closingReason = closingReason;
    }

    public long getApplicantId() { return applicantId; }
    public String getNameKanji() { return nameKanji; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public ApplicantStatus getStatus() { return status; }
    public ScreeningDecision getDecision() { return decision; }
    public ScreeningRule getDecidingRule() { return decidingRule; }
    public String getDecisionReasonKey() { return decisionReasonKey; }
    public List<String> getDecisionReasonArguments() { return decisionReasonArguments; }
    public Object[] getDecisionReasonArgumentArray() { return decisionReasonArguments.toArray(); }
    public List<RuleResultView> getScreening() { return screening; }
    public BookingView getActiveBooking() { return activeBooking; }
    public boolean isParentalConsentRequired() { return parentalConsentRequired; }
    public boolean isConsentReceived() { return consentReceived; }
    public boolean isConsentVerified() { return consentVerified; }
    public String getClosingReason() { return closingReason; }
    /** Booking, moving and cancelling are open while invited or booked. */
    public boolean isCanBook() { return status == ApplicantStatus.INVITED || status == ApplicantStatus.INTERVIEW_BOOKED; }
}
