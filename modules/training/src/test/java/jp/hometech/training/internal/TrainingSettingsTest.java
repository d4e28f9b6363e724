package jp.hometech.training.internal;

import jp.hometech.platform.api.settings.InvalidSettingException;
import jp.hometech.training.internal.layout.LayoutSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrainingSettingsTest {

    @Test
    void defaultsAreFifteenDaysSelfStudyTenDaysAfterThePassAndThreeCallTrainingDays_T1() {
        assertEquals(15, TrainingSettings.SELF_STUDY_DAYS.value(null));
        assertEquals(10, TrainingSettings.POST_PASS_SELF_STUDY_DAYS.value(" "));
        assertEquals(3, TrainingSettings.CALL_TRAINING_DAYS.value(""));
        assertEquals(LayoutSettings.defaults(), new TrainingSettings().layout());
    }

    @Test
    void acceptsSelfStudyOfTwoToThreeWeeks_T1() {
        assertEquals(14, TrainingSettings.SELF_STUDY_DAYS.value("14"));
        assertEquals(21, TrainingSettings.SELF_STUDY_DAYS.value(" 21 "));
    }

    @Test
    void refusesSelfStudyOutsideTwoToThreeWeeks_T1() {
        assertThrows(InvalidSettingException.class, () -> TrainingSettings.SELF_STUDY_DAYS.value("13"));
        assertThrows(InvalidSettingException.class, () -> TrainingSettings.SELF_STUDY_DAYS.value("22"));
        assertEquals("TRAINING_CALL_TRAINING_DAYS (system property backoffice.training.call-training-days) is 'three',"
                        + " but must be a whole number from 1 to 10 (default 3)",
                assertThrows(InvalidSettingException.class, () -> TrainingSettings.CALL_TRAINING_DAYS.value("three"))
                        .getMessage());
    }
}
