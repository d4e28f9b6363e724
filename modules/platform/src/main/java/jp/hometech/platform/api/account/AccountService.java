package jp.hometech.platform.api.account;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts, roles and logins. Every change is one transaction and is written to the audit log.
 * Changes name the version the user saw; a newer version in the database means somebody else saved
 * first, and the change is refused with {@link jp.hometech.platform.api.ConcurrentEditException}.
 */
public interface AccountService {

    /** Checks a password, counts failures, locks after too many, and audits the attempt. */
    LoginResult authenticate(String username, char[] password, String remoteAddress);

    Optional<AccountView> findByUsername(String username);

    Optional<AccountView> findById(long id);

    AccountView create(NewAccount account, Actor actor);

    AccountView changeRoles(long accountId, long expectedVersion, Set<Role> roles, Actor actor);

    AccountView changeEnabled(long accountId, long expectedVersion, boolean enabled, Actor actor);

    /** Sets a new password chosen by an administrator; also lifts a lock. */
    AccountView resetPassword(long accountId, long expectedVersion, char[] newPassword, Actor actor);

    /** Remembers the console language the user picked ("ja" or "en"). */
    void changePreferredLanguage(String username, String language);

    /** By user name by default. */
    SortFields SORT = SortFields.of("accounts", "username", true, "username", "displayName", "email", "enabled",
            "lastLoginAt");

    /** The accounts the query matches, counted up to {@link RowCount#CAP}. */
    RowCount count(AccountQuery query);

    /** One page of the accounts the query matches, sorted by a field of {@link #SORT}. */
    List<AccountView> search(AccountQuery query, PageRequest page);

    /**
     * Deletes an account for good when its owner's personal data must be erased (e.g. an applicant after the
     * retention period). The user name (often an e-mail address) is also replaced in the audit log by a
     * pseudonym, so the log keeps what happened without saying to whom. Unknown user names are ignored.
     */
    void erase(String username, Actor actor);
}
