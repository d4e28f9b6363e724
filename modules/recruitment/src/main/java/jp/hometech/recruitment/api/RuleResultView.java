package jp.hometech.recruitment.api;

import java.util.List;

/** How one screening rule came out and why (R8): a message key of the console bundle and its arguments. */
public final class RuleResultView implements java.io.Serializable {

    private final ScreeningRule rule;
    private final RuleOutcome outcome;
    private final String messageKey;
    private final List<String> arguments;

    public RuleResultView(ScreeningRule rule, RuleOutcome outcome, String messageKey, List<String> arguments) {
        this.rule = rule;
        this.outcome = outcome;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    public ScreeningRule getRule() { return rule; }
    public String getRuleId() { return rule.getId(); }
    public RuleOutcome getOutcome() { return outcome; }
    public String getMessageKey() { return messageKey; }
    public List<String> getArguments() { return arguments; }

    /** The arguments as {@link java.text.MessageFormat} takes them. */
    public Object[] getArgumentArray() {
        return arguments.toArray();
    }
}
