package jp.hometech.training.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One result of the work-environment check: which rule (E1–E7), whether it blocks the check or is advice,
 * and the console message with its arguments.
 */
public final class EnvironmentFinding implements Serializable {

    public enum Severity { REFUSED, ADVICE }

    private final String ruleId;
    private final Severity severity;
    private final String messageKey;
    private final List<Object> arguments;

    public EnvironmentFinding(String ruleId, Severity severity, String messageKey, Object... arguments) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.of(arguments);
    }

    public String getRuleId() { return ruleId; }
    public Severity getSeverity() { return severity; }
    public String getMessageKey() { return messageKey; }
    public List<Object> getArguments() { return arguments; }
    public boolean isRefused() { return severity == Severity.REFUSED; }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnvironmentFinding that && ruleId.equals(that.ruleId) && severity == that.severity
                && messageKey.equals(that.messageKey) && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, messageKey, arguments);
    }

    @Override
    public String toString() {
        return ruleId + " " + severity + " " + messageKey + arguments;
    }
}
