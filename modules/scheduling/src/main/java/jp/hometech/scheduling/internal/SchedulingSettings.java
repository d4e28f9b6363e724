package jp.hometech.scheduling.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.scheduling.internal.rules.PreEntryRules;

/**
 * Operational settings of scheduling: a system property, else an environment variable, else the default. A
 * value out of bounds fails the deployment rather than accepting wrong pre-entries.
 */
@ApplicationScoped
public class SchedulingSettings {

    static final Setting DEADLINE_DAYS =
            new Setting("backoffice.scheduling.deadline-days", "SCHEDULING_DEADLINE_DAYS", 14, 0, 60);
    static final Setting STEP_MINUTES =
            new Setting("backoffice.scheduling.step-minutes", "SCHEDULING_STEP_MINUTES", 30, 5, 60);
    static final Setting MAX_CALLS_PER_HOUR =
            new Setting("backoffice.scheduling.max-calls-per-hour", "SCHEDULING_MAX_CALLS_PER_HOUR", 30, 1, 600);

    private int deadlineDays;
    private int stepMinutes;
    private int maxCallsPerHour;

    @PostConstruct
    void read() {
        deadlineDays = DEADLINE_DAYS.read();
        stepMinutes = STEP_MINUTES.read();
        if (60 % stepMinutes != 0) {
            throw new IllegalStateException(STEP_MINUTES.property() + " must divide an hour: " + stepMinutes);
        }
        maxCallsPerHour = MAX_CALLS_PER_HOUR.read();
    }

    public PreEntryRules preEntryRules() {
        return new PreEntryRules(deadlineDays, stepMinutes);
    }

    public int maxCallsPerHour() {
        return maxCallsPerHour;
    }

    record Setting(String property, String environmentVariable, int defaultValue, int minimum, int maximum) {

        int read() {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(environmentVariable);
            }
            return parse(value);
        }

        int parse(String value) {
            if (value == null || value.isBlank()) {
                return defaultValue;
            }
            int parsed;
            try {
                parsed = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(property + " is not a number: " + value, e);
            }
            if (parsed < minimum || parsed > maximum) {
                throw new IllegalStateException(property + " must be " + minimum + ".." + maximum + ": " + parsed);
            }
            return parsed;
        }
    }
}
