package jp.hometech.billing.internal.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 適格請求書発行事業者登録番号: "T" and 13 digits whose first digit is a check digit over the other twelve, computed
 * like the corporate number's (法人番号, 国税庁): 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right
 * of the twelve, Qn 1 for odd n and 2 for even n. Individuals' numbers follow the same rule.
 */
public final class InvoiceRegistrationNumber {

    private static final Pattern SHAPE = Pattern.compile("T\\d{13}");

    private InvoiceRegistrationNumber() {
    }

    /** The number in its canonical form (upper-case T, no spaces or hyphens), if it is well formed and its check digit right. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            return Optional.empty();
        }
        String digits = compact.substring(1);
        return checkDigit(digits.substring(1)) == digits.charAt(0) - '0' ? Optional.of(compact) : Optional.empty();
    }

    /** The check digit for twelve digits. */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = twelveDigits.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
