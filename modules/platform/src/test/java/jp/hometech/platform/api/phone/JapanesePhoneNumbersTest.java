package jp.hometech.platform.api.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JapanesePhoneNumbersTest {

    private static String national(String input) {
        return JapanesePhoneNumbers.nationalNumber(input).orElse("refused");
    }

    @Test
    void plainDigitsAndAsciiHyphensAreTheNationalNumber() {
        assertEquals("0312345678", national("0312345678"));
        assertEquals("0312345678", national("03-1234-5678"));
        assertEquals("09012345678", national("090-1234-5678"));
    }

    @Test
    void fullWidthDigitsAndFullWidthHyphensAreRead() {
        assertEquals("0312345678", national("０３－１２３４－５６７８"));
        assertEquals("0312345678", national("０３１２３４５６７８"));
    }

    @Test
    void macMinusSignU2212IsAHyphen() {
        assertEquals("0312345678", national("03\u22121234\u22125678"));
    }

    @Test
    void enDashU2013IsAHyphen() {
        assertEquals("0312345678", national("03\u20131234\u20135678"));
    }

    @Test
    void horizontalBarU2015IsAHyphen() {
        assertEquals("0312345678", national("03\u20151234\u20155678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03\u20101234\u20105678", "03\u20111234\u20115678", "03\u20121234\u20125678",
            "03\u20141234\u20145678", "03ー1234ー5678", "03ｰ1234ｰ5678", "03.1234.5678"})
    void everyOtherDashPeopleTypeIsAHyphen(String input) {
        assertEquals("0312345678", national(input));
    }

    @Test
    void spacesOfBothWidthsAndParenthesesAreSeparators() {
        assertEquals("0312345678", national(" 03 1234 5678 "));
        assertEquals("0312345678", national("03\u30001234\u30005678"));
        assertEquals("0312345678", national("03(1234)5678"));
        assertEquals("0312345678", national("(03) 1234-5678"));
    }

    @Test
    void plus81WithTheTrunkZeroInParenthesesIsTheNationalNumber() {
        assertEquals("0312345678", national("+81 (0)3-1234-5678"));
        assertEquals("0312345678", national("+81(0)3-1234-5678"));
        assertEquals("0312345678", national("＋８１（０）３－１２３４－５６７８"));
    }

    @Test
    void plus81WithoutTheTrunkZeroIsTheNationalNumber() {
        assertEquals("0312345678", national("+81 3-1234-5678"));
        assertEquals("0312345678", national("+81-3-1234-5678"));
        assertEquals("09012345678", national("+81 90 1234 5678"));
    }

    @Test
    void plus81FollowedByTheDomesticFormKeepsOneZero() {
        assertEquals("0312345678", national("+81 03-1234-5678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "3-1234-5678", "03-1234-567", "090-1234-56789", "03-1234-5678 内線12",
            "abc", "+1 212 555 0100", "+81", "03/1234/5678"})
    void anythingElseIsRefused(String input) {
        assertTrue(JapanesePhoneNumbers.nationalNumber(input).isEmpty(), input);
    }

    @Test
    void nullIsRefused() {
        assertTrue(JapanesePhoneNumbers.nationalNumber(null).isEmpty());
    }
}
