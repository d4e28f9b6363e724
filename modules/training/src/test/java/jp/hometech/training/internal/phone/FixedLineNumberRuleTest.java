package jp.hometech.training.internal.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedLineNumberRuleTest {

    private final FixedLineNumberRule rule = new FixedLineNumberRule();

    @ParameterizedTest
    @CsvSource({
            "03-1234-5678, 03-1234-5678",
            "0466-12-3456, 0466-12-3456",
            "0312345678, 03-1234-5678",
            "06-6123-4567, 06-6123-4567",
            "011-234-5678, 011-234-5678",
            "'０３－１２３４－５６７８', 03-1234-5678",
            "03(1234)5678, 03-1234-5678",
            "+81 3-1234-5678, 03-1234-5678",
            "+81 (0)3-1234-5678, 03-1234-5678",
            "'03−1234−5678', 03-1234-5678",
            "'03–1234–5678', 03-1234-5678",
            "'03―1234―5678', 03-1234-5678",
            "'０３ １２３４ ５６７８', 03-1234-5678",
    })
    void acceptsTenDigitGeographicFixedLineNumbers_E3(String input, String formatted) {
        PhoneNumberCheck check = rule.check(input);

        assertTrue(check.accepted(), () -> input + " was " + check.kind());
        assertEquals(PhoneNumberKind.GEOGRAPHIC_FIXED_LINE, check.kind());
        assertEquals(formatted, check.formatted());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "090-1234-5678, MOBILE",
            "080-1234-5678, MOBILE",
            "070-1234-5678, MOBILE",
            "050-1234-5678, IP_PHONE",
            "020-1234-5678, M2M_OR_PAGER",
            "0120-123-456, TOLL_FREE",
            "0800-123-4567, TOLL_FREE",
            "0570-123-456, NAVI_DIAL",
            "0180-123-456, MASS_CALLING",
            "0990-123-456, PREMIUM_RATE",
            "060-1234-5678, OTHER_NON_GEOGRAPHIC",
    })
    void refusesNonGeographicNumbersNamingTheirKind_E3(String input, PhoneNumberKind kind) {
        PhoneNumberCheck check = rule.check(input);

        assertFalse(check.accepted());
        assertEquals(kind, check.kind());
        assertEquals(input.replace("-", ""), check.nationalDigits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-567", "03-1234-56789", "3-1234-5678", "03-1234-567a", "tel:0312345678",
            "03/1234/5678", "0312", "+1 212 555 0100"})
    void refusesMalformedNumbers_E3(String input) {
        assertEquals(PhoneNumberKind.MALFORMED, rule.check(input).kind());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void treatsAMissingNumberAsMalformed_E3(String input) {
        assertEquals(PhoneNumberKind.MALFORMED, rule.check(input).kind());
    }

    @Test
    void everyKindHasAMessageKeyOfTheTrainingModule() {
        for (PhoneNumberKind kind : PhoneNumberKind.values()) {
            assertTrue(kind.messageKey().startsWith("training.phone."), kind::name);
        }
    }
}
