package jp.hometech.training.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.constraint.ConstraintMessages;

import java.util.Map;

/** Training's constraints that refuse a request which raced another (see the platform's ConstraintTranslator). */
@ApplicationScoped
public class TrainingConstraints implements ConstraintMessages {

    @Override
    public Map<String, String> messageKeys() {
        return Map.of("enrolment_one_active_per_candidate", "training.enrolment.alreadyActive");
    }
}
