package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Contract numbers like "HT2025-00042": the year of the contract start and a running number. */
public final class ContractNumbers {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,29}");

    public static String generated(int startYear, long sequence) {
        return String.format(Locale.ROOT, "HT%d-%05d", startYear, sequence);
    }

    /** A number staff typed: upper-cased, full-width characters folded; letters, digits and hyphens only. */
    public static String entered(String raw) {
        String number = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(number).matches()) {
            throw new BusinessException("recruitment.contract.numberFormat");
        }
        return number;
    }

    private ContractNumbers() {
    }
}
