package jp.hometech.platform.internal.account;

import jp.hometech.platform.api.BusinessException;

/** Length rules only (NIST SP 800-63B): long passphrases beat composition rules. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    static void check(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new BusinessException("platform.password.tooShort", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new BusinessException("platform.password.tooLong", MAX_LENGTH);
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            throw new BusinessException("platform.password.sameAsUsername");
        }
    }

    private PasswordPolicy() {
    }
}
