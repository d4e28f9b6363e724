package jp.hometech.recruitment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;
import jp.hometech.recruitment.internal.rules.RetentionPolicy;

import java.util.List;

/** Operational settings of recruitment (see README, Configuration); the platform validates them at deployment. */
@ApplicationScoped
public class RecruitmentSettings implements ModuleSettings {

    /** How long personal data of a closed application is kept, in months (at most ten years). */
    static final Setting<Integer> RETENTION_MONTHS = Setting.integer("RECRUITMENT_RETENTION_MONTHS",
            "backoffice.recruitment.retention-months", RetentionPolicy.DEFAULT_MONTHS, 1, 120);

    @Override
    public String module() {
        return "recruitment";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(RETENTION_MONTHS);
    }

    public int retentionMonths() {
        return RETENTION_MONTHS.value();
    }
}
