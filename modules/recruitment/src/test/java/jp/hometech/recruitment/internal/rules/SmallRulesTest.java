package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.recruitment.api.AgeBand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SmallRulesTest {

    @Test
    void erasesClosedApplicationsAfterTheRetentionMonthsInJapanTime() {
        Instant now = ZonedDateTime.of(2026, 3, 31, 3, 20, 0, 0, JapaneseCalendar.ZONE).toInstant();
        assertEquals(ZonedDateTime.of(2025, 3, 31, 3, 20, 0, 0, JapaneseCalendar.ZONE).toInstant(),
                RetentionPolicy.closedBefore(now, 12));
        assertEquals(ZonedDateTime.of(2026, 2, 28, 3, 20, 0, 0, JapaneseCalendar.ZONE).toInstant(),
                RetentionPolicy.closedBefore(now, 1));
        assertThrows(IllegalArgumentException.class, () -> RetentionPolicy.closedBefore(now, 0));
    }

    @Test
    void generatesAndNormalizesContractNumbers() {
        assertEquals("HT2025-00042", ContractNumbers.generated(2025, 42));
        assertEquals("HT-2025-7", ContractNumbers.entered(" ｈｔ-2025-7 "));
        assertEquals("recruitment.contract.numberFormat",
                assertThrows(BusinessException.class, () -> ContractNumbers.entered("no spaces allowed")).messageKey());
    }

    @Test
    void storesMessageArgumentsInOneColumnAndBack_R8() {
        List<String> arguments = List.of("15", "2025-06-15", "P検 準2級、ITパスポート");
        assertEquals(arguments, MessageArguments.split(MessageArguments.join(arguments)));
        assertEquals(List.of(), MessageArguments.split(MessageArguments.join(List.of())));
    }

    @Test
    void groupsAgesIntoBandsForAnonymousStatistics() {
        assertEquals(AgeBand.UNDER_16, AgeBand.of(15));
        assertEquals(AgeBand.AGE_16_17, AgeBand.of(16));
        assertEquals(AgeBand.AGE_16_17, AgeBand.of(17));
        assertEquals(AgeBand.AGE_18_19, AgeBand.of(18));
        assertEquals(AgeBand.AGE_20S, AgeBand.of(29));
        assertEquals(AgeBand.AGE_60_AND_OVER, AgeBand.of(95));
    }
}
