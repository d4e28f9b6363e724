package jp.hometech.console.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;

import java.io.Serializable;

/** The contractor's own page: always the caller's own account, never one chosen by a parameter. */
@Named
@ViewScoped
public class PortalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @Inject
    SecurityContext securityContext;

    private AccountView account;

    @PostConstruct
    void load() {
        account = accounts.findByUsername(securityContext.getCallerPrincipal().getName()).orElseThrow();
    }

    public AccountView getAccount() {
        return account;
    }
}
