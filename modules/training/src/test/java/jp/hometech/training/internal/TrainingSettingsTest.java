package jp.hometech.training.internal;

import jp.hometech.training.internal.layout.LayoutSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrainingSettingsTest {

    @Test
    void defaultsAreFifteenDaysSelfStudyTenDaysAfterThePassAndThreeCallTrainingDays_T1() {
        assertEquals(15, TrainingSettings.SELF_STUDY_DAYS.parse(null));
        assertEquals(10, TrainingSettings.POST_PASS_SELF_STUDY_DAYS.parse(" "));
        assertEquals(3, TrainingSettings.CALL_TRAINING_DAYS.parse(""));
        assertEquals(LayoutSettings.defaults(), new TrainingSettings().layout());
    }

    @Test
    void acceptsSelfStudyOfTwoToThreeWeeks_T1() {
        assertEquals(14, TrainingSettings.SELF_STUDY_DAYS.parse("14"));
        assertEquals(21, TrainingSettings.SELF_STUDY_DAYS.parse(" 21 "));
    }

    @Test
    void refusesSelfStudyOutsideTwoToThreeWeeks_T1() {
        assertThrows(IllegalStateException.class, () -> TrainingSettings.SELF_STUDY_DAYS.parse("13"));
        assertThrows(IllegalStateException.class, () -> TrainingSettings.SELF_STUDY_DAYS.parse("22"));
        assertThrows(IllegalStateException.class, () -> TrainingSettings.CALL_TRAINING_DAYS.parse("three"));
    }
}
