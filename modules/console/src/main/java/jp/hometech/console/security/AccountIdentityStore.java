package jp.hometech.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jp.hometech.console.shell.UserSession;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.account.LoginResult;
import jp.hometech.platform.api.security.Role;

import java.util.Set;
import java.util.stream.Collectors;

/** Checks logins against the platform's accounts, which count failures, lock, and audit. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute telling the login page why a login failed (locked, disabled, wrong password). */
    public static final String LOGIN_RESULT = AccountIdentityStore.class.getName() + ".result";

    @EJB
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    UserSession userSession;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = accounts.authenticate(login.getCaller(), login.getPassword().getValue(), ClientAddress.of(request));
        login.getPassword().clear();
        request.setAttribute(LOGIN_RESULT, result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        AccountView account = result.account();
        // A new session id at login, so an id planted before the login is worth nothing afterwards.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        userSession.signedIn(account);
        Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(account.getUsername(), groups);
    }
}
