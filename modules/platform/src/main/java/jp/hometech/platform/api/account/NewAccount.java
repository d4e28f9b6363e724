package jp.hometech.platform.api.account;

import jp.hometech.platform.api.security.Role;

import java.util.Set;

/** What an administrator (or a module, for contractors) enters to open an account. */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, char[] initialPassword,
                         String preferredLanguage) implements java.io.Serializable {
}
