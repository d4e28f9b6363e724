package jp.hometech.training.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.training.internal.layout.LayoutSettings;

/**
 * Operational settings of training, each a system property, else an environment variable, else a default
 * (the platform's convention). The bounds keep T1: self-study 2–3 weeks, about 40 hours after the pass,
 * "a few" call-training days.
 */
@ApplicationScoped
public class TrainingSettings {

    static final Setting SELF_STUDY_DAYS =
            new Setting("backoffice.training.self-study-days", "TRAINING_SELF_STUDY_DAYS", 15, 14, 21);
    static final Setting POST_PASS_SELF_STUDY_DAYS =
            new Setting("backoffice.training.post-pass-self-study-days", "TRAINING_POST_PASS_SELF_STUDY_DAYS", 10, 5, 21);
    static final Setting CALL_TRAINING_DAYS =
            new Setting("backoffice.training.call-training-days", "TRAINING_CALL_TRAINING_DAYS", 3, 1, 10);

    public LayoutSettings layout() {
        return new LayoutSettings(SELF_STUDY_DAYS.read(), LayoutSettings.GROUP_DAYS, POST_PASS_SELF_STUDY_DAYS.read(),
                LayoutSettings.POST_PASS_GROUP_DAYS, CALL_TRAINING_DAYS.read());
    }

    record Setting(String property, String environmentVariable, int defaultValue, int minimum, int maximum) {

        int read() {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(environmentVariable);
            }
            return parse(value);
        }

        /** A value out of bounds is a configuration mistake: it fails loudly instead of laying out a wrong plan. */
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
