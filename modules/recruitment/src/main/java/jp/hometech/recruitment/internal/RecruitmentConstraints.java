package jp.hometech.recruitment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.constraint.ConstraintMessages;

import java.util.Map;

/** Recruitment's constraints that refuse a request which raced another (see the platform's ConstraintTranslator). */
@ApplicationScoped
public class RecruitmentConstraints implements ConstraintMessages {

    @Override
    public Map<String, String> messageKeys() {
        return Map.of(
                "applicant_email_unique", DefaultApplicationService.DUPLICATE_EMAIL,
                "interview_slot_within_capacity", "recruitment.booking.slotFull",
                "interview_booking_one_active_per_applicant", "recruitment.booking.alreadyBooked");
    }
}
