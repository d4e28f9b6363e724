package jp.hometech.platform.api.account;

import jp.hometech.platform.api.security.Role;

/** Filters of the account list; null means "any". */
public record AccountQuery(String text, Role role, Boolean enabled) implements java.io.Serializable {

    public static AccountQuery all() {
        return new AccountQuery(null, null, null);
    }
}
