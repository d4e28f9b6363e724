package jp.hometech.platform.internal.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Operational settings of the platform (see README, Configuration). */
@ApplicationScoped
public class PlatformSettings implements ModuleSettings {

    static final Setting<Integer> LOGIN_MAX_FAILURES =
            Setting.integer("LOGIN_MAX_FAILURES", "backoffice.login.max-failures", 5, 1, 100);
    static final Setting<Duration> LOGIN_LOCK =
            Setting.duration("LOGIN_LOCK_MINUTES", "backoffice.login.lock-minutes", 15, 1, 24 * 60, ChronoUnit.MINUTES);
    static final Setting<Boolean> DEMO_ACCOUNTS = Setting.bool("DEMO_ACCOUNTS", "backoffice.demo-accounts", false);
    static final Setting<String> ADMIN_INITIAL_PASSWORD =
            Setting.text("ADMIN_INITIAL_PASSWORD", "backoffice.admin.initial-password", "", 256);

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(LOGIN_MAX_FAILURES, LOGIN_LOCK, DEMO_ACCOUNTS, ADMIN_INITIAL_PASSWORD);
    }

    public int maxFailedLogins() {
        return LOGIN_MAX_FAILURES.value();
    }

    public Duration lockDuration() {
        return LOGIN_LOCK.value();
    }

    /** Only the run command's embedded-database mode and the test server set this: one demo account per role. */
    public boolean demoAccounts() {
        return DEMO_ACCOUNTS.value();
    }

    /** When set and no administrator exists yet, an "admin" account is opened with this password. */
    public String initialAdminPassword() {
        return ADMIN_INITIAL_PASSWORD.value();
    }
}
