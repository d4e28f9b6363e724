package jp.hometech.billing.internal;

import jp.hometech.platform.api.BusinessException;

/** Names and small checks the billing services share. */
public final class Billing {

    public static final String MODULE = "billing";
    public static final String UNIT = "billing";

    private Billing() {
    }

    /** Trimmed text of 1..{@code max} characters, or the refusal named by the keys. */
    public static String requiredText(String text, int max, String missingKey, String tooLongKey) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new BusinessException(missingKey);
        }
        if (value.length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return value;
    }
}
