package jp.hometech.billing.internal.zengin;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The characters a Zengin record may hold (JIS X 0201, one byte each): digits, A–Z, space, half-width katakana
 * with ﾞ and ﾟ as separate characters, and ( ) - . in names. Names are written the way banks want them: no lower
 * case, small kana written large, the long-vowel mark as a hyphen; full-width katakana and ASCII are converted.
 * Kanji and hiragana are refused (a reading cannot be guessed: the holder's kana name is entered as given).
 */
public final class ZenginText {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static final char DAKUTEN = 'ﾞ';
    private static final char HANDAKUTEN = 'ﾟ';

    private static final Map<Character, Character> SMALL_TO_LARGE = Map.ofEntries(
            Map.entry('ｧ', 'ｱ'), Map.entry('ｨ', 'ｲ'), Map.entry('ｩ', 'ｳ'), Map.entry('ｪ', 'ｴ'), Map.entry('ｫ', 'ｵ'),
            Map.entry('ｬ', 'ﾔ'), Map.entry('ｭ', 'ﾕ'), Map.entry('ｮ', 'ﾖ'), Map.entry('ｯ', 'ﾂ'));

    private static final String FULL_KATAKANA =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
                    + "ァィゥェォャュョッヮヰヱヵヶ";
    private static final String HALF_KATAKANA =
            "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
                    + "ｱｲｳｴｵﾔﾕﾖﾂﾜｲｴｶｹ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
    private static final String VOICED_BASE = "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ";
    private static final String SEMI_VOICED = "パピプペポ";
    private static final String SEMI_VOICED_BASE = "ﾊﾋﾌﾍﾎ";

    private ZenginText() {
    }

    /** The text in Zengin characters, or empty when it holds a character that has none (kanji, hiragana, symbols). */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int full = FULL_KATAKANA.indexOf(c);
            int voiced = VOICED.indexOf(c);
            int semi = SEMI_VOICED.indexOf(c);
            if (full >= 0) {
                out.append(HALF_KATAKANA.charAt(full));
            } else if (voiced >= 0) {
                out.append(VOICED_BASE.charAt(voiced)).append(DAKUTEN);
            } else if (semi >= 0) {
                out.append(SEMI_VOICED_BASE.charAt(semi)).append(HANDAKUTEN);
            } else if (c == '゛' || c == '\u3099') {
                out.append(DAKUTEN);
            } else if (c == '゜' || c == '\u309A') {
                out.append(HANDAKUTEN);
            } else if (c == 'ー' || c == 'ｰ' || c == '－' || c == '‐' || c == '−' || c == '–' || c == '—') {
                out.append('-');
            } else if (c == '　') {
                out.append(' ');
            } else if (SMALL_TO_LARGE.containsKey(c)) {
                out.append(SMALL_TO_LARGE.get(c));
            } else {
                String ascii = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
                if (ascii.length() == 1 && allowed(ascii.charAt(0))) {
                    out.append(ascii.charAt(0));
                } else if (allowed(c)) {
                    out.append(c);
                } else {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }

    static boolean allowed(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '(' || c == ')' || c == '-'
                || c == '.' || c == 'ｦ' || (c >= 'ｱ' && c <= 'ﾝ') || c == DAKUTEN || c == HANDAKUTEN;
    }

    /**
     * Left-aligned in {@code width} characters, space-filled; a longer text is cut, and a voiced or semi-voiced mark
     * that would start the cut-off part takes its kana with it, so the two are never separated.
     */
    static String field(String zenginText, int width) {
        String text = zenginText;
        if (text.length() > width) {
            int cut = width;
            char firstDropped = text.charAt(cut);
            if (firstDropped == DAKUTEN || firstDropped == HANDAKUTEN) {
                cut--;
            }
            text = text.substring(0, cut);
        }
        return text + " ".repeat(width - text.length());
    }

    /** A number right-aligned and zero-filled in {@code width} digits. */
    static String number(long value, int width) {
        String digits = Long.toString(value);
        if (value < 0 || digits.length() > width) {
            throw new IllegalArgumentException(value + " does not fit N" + width);
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** A code given as digits (bank, branch, account), right-aligned and zero-filled. */
    static String digits(String code, int width) {
        if (code == null || !code.matches("\\d{1," + width + "}")) {
            throw new IllegalArgumentException("not N" + width + ": " + code);
        }
        return "0".repeat(width - code.length()) + code;
    }
}
