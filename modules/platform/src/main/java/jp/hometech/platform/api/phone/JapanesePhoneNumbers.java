package jp.hometech.platform.api.phone;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a Japanese telephone number typed by a person, for every form of the platform (the application
 * form, the work-environment check, …). It says only whether the input is a domestic number of the right shape and
 * gives its digits; what kind of number a rule accepts (a fixed line, E3) is that rule's business.
 *
 * <p>Accepted as typed on Japanese and Western keyboards and phones: full-width digits (０３), any hyphen or dash
 * (ASCII and full-width hyphen-minus, U+2010–U+2015, the minus sign U+2212 a Mac types, the long-vowel mark ー and
 * the half-width ｰ), spaces of both widths, dots, parentheses around the area code (03(1234)5678), and the
 * international form {@code +81} with or without the trunk {@code (0)}.
 * The result is the national number: a 0 followed by 9 or 10 digits.
 */
public final class JapanesePhoneNumbers {

    /** Everything people put between digit groups. NFKC already maps full-width forms to ASCII. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF70()]");
    private static final Pattern NATIONAL = Pattern.compile("0\\d{9,10}");

    /**
     * The 10- or 11-digit national number (e.g. {@code 0312345678}), or empty when the input is blank or not shaped
     * like a Japanese number.
     */
    public static Optional<String> nationalNumber(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (digits.startsWith("+81")) {
            // "+81 (0)3-…" and "+81 03-…" carry the trunk 0 that the international form leaves out.
            String rest = digits.substring(3);
            digits = "0" + (rest.startsWith("0") ? rest.substring(1) : rest);
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    private JapanesePhoneNumbers() {
    }
}
