package jp.hometech.billing.internal.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InvoiceRegistrationNumberTest {

    @Test
    void publishedNumbersPassTheCheckDigit() {
        // 国税庁 7000012050002, トヨタ自動車 1180301018771: corporate numbers, published by the NTA.
        assertEquals(Optional.of("T7000012050002"), InvoiceRegistrationNumber.parse("T7000012050002"));
        assertEquals(Optional.of("T1180301018771"), InvoiceRegistrationNumber.parse("t1180-3010-18771"));
        assertEquals(Optional.of("T1180301018771"), InvoiceRegistrationNumber.parse("Ｔ１１８０３０１０１８７７１"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"T2180301018771", "T118030101877", "T11803010187711", "1180301018771", "X1180301018771", "", "T118030101877A"})
    void wrongCheckDigitOrShapeIsRefused(String input) {
        assertEquals(Optional.empty(), InvoiceRegistrationNumber.parse(input));
    }

    @Test
    void taxIsTenPercentOfTheStatementTotalRoundedDownOnce() {
        assertEquals(12_345, ConsumptionTax.taxOn(123_459));
        assertEquals(0, ConsumptionTax.taxOn(9));
        assertEquals(-12_345, ConsumptionTax.taxOn(-123_459), "a negative month is rounded toward zero too");
    }
}
