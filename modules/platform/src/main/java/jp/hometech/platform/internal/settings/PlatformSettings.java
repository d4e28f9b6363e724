package jp.hometech.platform.internal.settings;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Operational settings of the platform. Each is a system property, else an environment variable, else a
 * default, so IT sets them the same way as the datasource (see README, Configuration).
 */
@ApplicationScoped
public class PlatformSettings {

    public int maxFailedLogins() {
        return Integer.parseInt(read("backoffice.login.max-failures", "LOGIN_MAX_FAILURES", "5"));
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(Long.parseLong(read("backoffice.login.lock-minutes", "LOGIN_LOCK_MINUTES", "15")));
    }

    /** Only the run command's embedded-database mode sets this: one demo account per role. */
    public boolean demoAccounts() {
        return Boolean.parseBoolean(read("backoffice.demo-accounts", "DEMO_ACCOUNTS", "false"));
    }

    /** When set and no administrator exists yet, an "admin" account is opened with this password. */
    public String initialAdminPassword() {
        return read("backoffice.admin.initial-password", "ADMIN_INITIAL_PASSWORD", "");
    }

    static String read(String property, String environmentVariable, String defaultValue) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }
}
