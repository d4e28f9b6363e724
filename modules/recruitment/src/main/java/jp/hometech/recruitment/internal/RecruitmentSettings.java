package jp.hometech.recruitment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.recruitment.internal.rules.RetentionPolicy;

/** Operational settings: a system property, else an environment variable, else the default. */
@ApplicationScoped
public class RecruitmentSettings {

    /** How long personal data of a closed application is kept, in months. */
    public int retentionMonths() {
        String value = read("backoffice.recruitment.retention-months", "RECRUITMENT_RETENTION_MONTHS");
        if (value == null) {
            return RetentionPolicy.DEFAULT_MONTHS;
        }
        int months = Integer.parseInt(value);
        if (months < 1) {
            throw new IllegalStateException("backoffice.recruitment.retention-months must be at least 1: " + months);
        }
        return months;
    }

    private static String read(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
