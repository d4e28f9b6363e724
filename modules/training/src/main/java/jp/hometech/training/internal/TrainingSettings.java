package jp.hometech.training.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;
import jp.hometech.training.internal.layout.LayoutSettings;

import java.util.List;

/**
 * Operational settings of training (see README, Configuration); the platform validates them at deployment. The
 * bounds keep T1: self-study 2–3 weeks, about 40 hours after the pass, "a few" call-training days. A value out of
 * bounds is a configuration mistake: it fails the deployment instead of laying out a wrong plan.
 */
@ApplicationScoped
public class TrainingSettings implements ModuleSettings {

    static final Setting<Integer> SELF_STUDY_DAYS = Setting.integer("TRAINING_SELF_STUDY_DAYS",
            "backoffice.training.self-study-days", 15, 14, 21);
    static final Setting<Integer> POST_PASS_SELF_STUDY_DAYS = Setting.integer("TRAINING_POST_PASS_SELF_STUDY_DAYS",
            "backoffice.training.post-pass-self-study-days", 10, 5, 21);
    static final Setting<Integer> CALL_TRAINING_DAYS = Setting.integer("TRAINING_CALL_TRAINING_DAYS",
            "backoffice.training.call-training-days", 3, 1, 10);

    @Override
    public String module() {
        return "training";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(SELF_STUDY_DAYS, POST_PASS_SELF_STUDY_DAYS, CALL_TRAINING_DAYS);
    }

    public LayoutSettings layout() {
        return new LayoutSettings(SELF_STUDY_DAYS.value(), LayoutSettings.GROUP_DAYS, POST_PASS_SELF_STUDY_DAYS.value(),
                LayoutSettings.POST_PASS_GROUP_DAYS, CALL_TRAINING_DAYS.value());
    }
}
