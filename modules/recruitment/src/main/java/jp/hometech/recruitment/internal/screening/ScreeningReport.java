package jp.hometech.recruitment.internal.screening;

import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.RuleOutcome;
import jp.hometech.recruitment.api.ScreeningDecision;
import jp.hometech.recruitment.api.ScreeningRule;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every rule's result and the decision, naming the rule that decided it: the first failed rule of a rejection,
 * the qualifying R4 route of an invitation.
 */
public record ScreeningReport(List<RuleResult> results, ScreeningDecision decision, ScreeningRule decidingRule,
                              QualificationRoute route, int age, boolean minor) {

    public ScreeningReport {
        results = List.copyOf(results);
    }

    public RuleResult result(ScreeningRule rule) {
        return results.stream().filter(r -> r.rule() == rule).findFirst()
                .orElseThrow(() -> new NoSuchElementException(rule.getId()));
    }

    public RuleOutcome outcome(ScreeningRule rule) {
        return result(rule).outcome();
    }

    public RuleResult decidingResult() {
        return result(decidingRule);
    }

    public boolean invited() {
        return decision == ScreeningDecision.INVITED_TO_INTERVIEW;
    }

    /** R3: an invited minor needs verified parental consent before a contract. */
    public boolean parentalConsentRequired() {
        return invited() && minor;
    }
}
