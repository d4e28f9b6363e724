package jp.hometech.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;
import jp.hometech.scheduling.internal.rules.PreEntryRules;

import java.util.List;

/**
 * Operational settings of scheduling, read and validated by the platform when the application deploys: a value
 * out of bounds fails the deployment rather than accepting wrong pre-entries.
 */
@ApplicationScoped
public class SchedulingSettings implements ModuleSettings {

    /** S2: a week locks at the end of the day this many days before its Monday. */
    static final Setting<Integer> DEADLINE_DAYS = Setting.integer("SCHEDULING_DEADLINE_DAYS",
            "backoffice.scheduling.deadline-days", 14, 0, 60);
    /** S1: pre-entries in steps of this many minutes; one of the divisors of an hour. */
    static final Setting<Integer> STEP_MINUTES = Setting.integer("SCHEDULING_STEP_MINUTES",
            "backoffice.scheduling.step-minutes", 30, 5, 60);
    static final Setting<Integer> MAX_CALLS_PER_HOUR = Setting.integer("SCHEDULING_MAX_CALLS_PER_HOUR",
            "backoffice.scheduling.max-calls-per-hour", 30, 1, 600);

    @Override
    public String module() {
        return "scheduling";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(DEADLINE_DAYS, STEP_MINUTES, MAX_CALLS_PER_HOUR);
    }

    public PreEntryRules preEntryRules() {
        int step = STEP_MINUTES.value();
        if (60 % step != 0) {
            throw new IllegalStateException("SCHEDULING_STEP_MINUTES must divide an hour: " + step);
        }
        return new PreEntryRules(DEADLINE_DAYS.value(), step);
    }

    public int maxCallsPerHour() {
        return MAX_CALLS_PER_HOUR.value();
    }
}
