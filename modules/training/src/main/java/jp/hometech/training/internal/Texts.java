package jp.hometech.training.internal;

import jp.hometech.platform.api.BusinessException;

import java.util.Locale;

/** Checks of free text a user typed: trimmed, present, not longer than its column. */
public final class Texts {

    public static final String MODULE = "training";

    private Texts() {
    }

    public static String required(String value, int maxLength, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new BusinessException(messageKey, maxLength);
        }
        return stripped;
    }

    public static String username(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
