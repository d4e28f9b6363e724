package jp.hometech.recruitment.api;

import java.util.List;

/**
 * The decision the applicant sees right after applying, with the rule that decided it and why (R8), and
 * every rule's result for the staff's explanation.
 */
public final class ScreeningOutcome implements java.io.Serializable {

    private final long applicantId;
    private final ScreeningDecision decision;
    private final ScreeningRule decidingRule;
    private final String reasonKey;
    private final List<String> reasonArguments;
    private final QualificationRoute qualificationRoute;
    private final boolean parentalConsentRequired;
    private final List<RuleResultView> ruleResults;
    private final String portalUsername;

    public ScreeningOutcome(long applicantId, ScreeningDecision decision, ScreeningRule decidingRule, String reasonKey,
                            List<String> reasonArguments, QualificationRoute qualificationRoute,
                            boolean parentalConsentRequired, List<RuleResultView> ruleResults, String portalUsername) {
        this.applicantId = applicantId;
        this.decision = decision;
        this.decidingRule = decidingRule;
        this.reasonKey = reasonKey;
        this.reasonArguments = List.copyOf(reasonArguments);
        this.qualificationRoute = qualificationRoute;
        this.parentalConsentRequired = parentalConsentRequired;
        this.ruleResults = List.copyOf(ruleResults);
        this.portalUsername = portalUsername;
    }

    public long getApplicantId() { return applicantId; }
    public ScreeningDecision getDecision() { return decision; }
    public boolean isInvited() { return decision == ScreeningDecision.INVITED_TO_INTERVIEW; }
    public ScreeningRule getDecidingRule() { return decidingRule; }
    public String getReasonKey() { return reasonKey; }
    public List<String> getReasonArguments() { return reasonArguments; }
    public Object[] getReasonArgumentArray() { return reasonArguments.toArray(); }
    public QualificationRoute getQualificationRoute() { return qualificationRoute; }
    /** R3: a minor who passes the interview needs verified parental consent before the contract. */
    public boolean isParentalConsentRequired() { return parentalConsentRequired; }
    public List<RuleResultView> getRuleResults() { return ruleResults; }
    /** The portal login opened for an invited applicant; null when rejected (a rejected applicant has nothing to do there). */
    public String getPortalUsername() { return portalUsername; }
}
