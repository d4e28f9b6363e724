package jp.hometech.platform.api.settings;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingTest {

    enum Level { LOW, HIGH }

    @Test
    void blankGivesTheDefaultAndValuesAreTrimmed() {
        Setting<Integer> days = Setting.integer("X_DAYS", "x.days", 3, 1, 10);
        assertEquals(3, days.value(null));
        assertEquals(3, days.value("  "));
        assertEquals(7, days.value(" 7 "));
    }

    @Test
    void aBadValueNamesTheVariableTheValueAndWhatIsAllowed() {
        Setting<Integer> days = Setting.integer("X_DAYS", "x.days", 3, 1, 10);
        assertEquals("X_DAYS (system property x.days) is '11', but must be a whole number from 1 to 10 (default 3)",
                assertThrows(InvalidSettingException.class, () -> days.value("11")).getMessage());
        assertThrows(InvalidSettingException.class, () -> days.value("three"));
        assertThrows(InvalidSettingException.class, () -> days.value("99999999999"));
    }

    @Test
    void readsEveryType() {
        assertEquals(5_000_000_000L, Setting.longInteger("X_L", "x.l", 1, 0, Long.MAX_VALUE).value("5000000000"));
        assertEquals(true, Setting.bool("X_B", "x.b", false).value("TRUE"));
        assertEquals(Duration.ofMinutes(15),
                Setting.duration("X_M", "x.m", 15, 1, 60, ChronoUnit.MINUTES).value(null));
        assertEquals(Level.HIGH, Setting.oneOf("X_E", "x.e", Level.LOW).value("high"));
        assertEquals("", Setting.text("X_T", "x.t", "", 8).value(null));
    }

    @Test
    void refusesWhatIsNotOfTheType() {
        assertEquals("X_B (system property x.b) is 'yes', but must be true or false (default false)",
                assertThrows(InvalidSettingException.class, () -> Setting.bool("X_B", "x.b", false).value("yes"))
                        .getMessage());
        assertThrows(InvalidSettingException.class,
                () -> Setting.duration("X_M", "x.m", 15, 1, 60, ChronoUnit.MINUTES).value("0"));
        assertEquals("X_E (system property x.e) is 'medium', but must be one of LOW, HIGH (default LOW)",
                assertThrows(InvalidSettingException.class, () -> Setting.oneOf("X_E", "x.e", Level.LOW).value("medium"))
                        .getMessage());
        assertThrows(InvalidSettingException.class, () -> Setting.text("X_T", "x.t", "", 3).value("four"));
    }

    @Test
    void aSystemPropertyComesBeforeTheEnvironmentAndTheDefault() {
        Setting<Integer> setting = Setting.integer("SETTING_TEST_UNSET_VARIABLE", "backoffice.setting-test", 2, 1, 9);
        assertEquals(2, setting.value());
        System.setProperty("backoffice.setting-test", "8");
        try {
            assertEquals(8, setting.value());
        } finally {
            System.clearProperty("backoffice.setting-test");
        }
    }

    @Test
    void aDefaultOutsideItsRangeIsAProgrammingError() {
        assertThrows(InvalidSettingException.class, () -> Setting.integer("X", "x", 0, 1, 2));
    }
}
