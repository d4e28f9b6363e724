package jp.hometech.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;

import java.util.HashMap;
import java.util.Map;

/**
 * User names of accounts that modules refer to by id (modules keep the platform account id of a person, never
 * the user name), for pages that show staff whose login it is. Looked up once per id and request.
 */
@Named
@RequestScoped
public class AccountNames {

    @Inject
    AccountService accounts;

    private final Map<Long, String> names = new HashMap<>();

    /** The user name, or an empty text for no account or one that was erased. */
    public String username(Long accountId) {
        if (accountId == null) {
            return "";
        }
        return names.computeIfAbsent(accountId, id -> accounts.findById(id).map(AccountView::getUsername).orElse(""));
    }

    /** The signed-in user's account id, or null for a user name without account. */
    public Long idOf(String username) {
        return accounts.findByUsername(username).map(AccountView::getId).orElse(null);
    }
}
