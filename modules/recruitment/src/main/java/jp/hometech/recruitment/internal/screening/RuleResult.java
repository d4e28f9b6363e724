package jp.hometech.recruitment.internal.screening;

import jp.hometech.recruitment.api.RuleOutcome;
import jp.hometech.recruitment.api.RuleResultView;
import jp.hometech.recruitment.api.ScreeningRule;

import java.util.List;

/** One rule's outcome with the reason as a message key and its arguments (R8). */
public record RuleResult(ScreeningRule rule, RuleOutcome outcome, String messageKey, List<String> arguments) {

    public RuleResult {
        arguments = List.copyOf(arguments);
    }

    static RuleResult of(ScreeningRule rule, RuleOutcome outcome, String reason, Object... arguments) {
        return new RuleResult(rule, outcome, "recruitment.screening." + rule.getId() + "." + reason,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public RuleResultView toView() {
        return new RuleResultView(rule, outcome, messageKey, arguments);
    }
}
