package jp.hometech.console.platform;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.LazyList;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.account.AccountQuery;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.account.NewAccount;
import jp.hometech.platform.api.security.Role;
import jp.hometech.platform.api.time.BusinessClock;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** ADMIN: staff and portal accounts: open, change roles, disable, reset a password. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @EJB
    AccountService accounts;

    @Inject
    ConsoleUser consoleUser;

    private final LazyList<AccountQuery, AccountView> rows = new LazyList<>(AccountService.SORT, 20,
            () -> new AccountQuery(this.filterText, this.filterRole, this.filterEnabled), query -> accounts.count(query),
            (query, page) -> accounts.search(query, page), AccountView::getId);
    private String filterText;
    private Role filterRole;
    private Boolean filterEnabled;

    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private List<Role> newRoles = new ArrayList<>();
    private String newPassword;

    private AccountView selected;
    private List<Role> editRoles = new ArrayList<>();
    private String resetPassword;

    public void prepareCreate() {
        newUsername = null;
        newDisplayName = null;
        newEmail = null;
        newRoles = new ArrayList<>();
        newPassword = null;
    }

    public void create() {
        try {
            AccountView created = accounts.create(new NewAccount(newUsername, newDisplayName, newEmail,
                    newRoles.isEmpty() ? Set.of() : EnumSet.copyOf(newRoles),
                    newPassword == null ? new char[0] : newPassword.toCharArray(), "ja"), consoleUser.actor());
            newPassword = null;
            Messages.info("accounts.created", created.getUsername());
            PrimeFaces.current().executeScript("PF('createDialog').hide()");
        } catch (BusinessException refused) {
            Messages.error(refused);
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    public void select(long accountId) {
        selected = accounts.findById(accountId).orElse(null);
        editRoles = selected == null ? new ArrayList<>() : new ArrayList<>(selected.getRoles());
        resetPassword = null;
    }

    public void saveRoles() {
        run(() -> accounts.changeRoles(selected.getId(), selected.getVersion(),
                editRoles.isEmpty() ? Set.of() : EnumSet.copyOf(editRoles), consoleUser.actor()), "accounts.rolesSaved");
    }

    public void toggleEnabled() {
        boolean enable = !selected.isEnabled();
        run(() -> accounts.changeEnabled(selected.getId(), selected.getVersion(), enable, consoleUser.actor()),
                enable ? "accounts.enabled" : "accounts.disabled");
    }

    public void resetPassword() {
        char[] password = resetPassword == null ? new char[0] : resetPassword.toCharArray();
        resetPassword = null;
        run(() -> accounts.resetPassword(selected.getId(), selected.getVersion(), password, consoleUser.actor()),
                "accounts.passwordReset");
    }

    private void run(java.util.function.Supplier<AccountView> change, String successKey) {
        try {
            selected = change.get();
            rows.recount();
            editRoles = new ArrayList<>(selected.getRoles());
            Messages.info(successKey, selected.getUsername());
        } catch (BusinessException refused) {
            Messages.error(refused);
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    public boolean isLocked(AccountView account) {
        return account.isLockedAt(clock.now());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyList<AccountQuery, AccountView> getRows() { return rows; }
    public String getFilterText() { return filterText; }
    public void setFilterText(String filterText) { this.filterText = filterText; }
    public Role getFilterRole() { return filterRole; }
    public void setFilterRole(Role filterRole) { this.filterRole = filterRole; }
    public Boolean getFilterEnabled() { return filterEnabled; }
    public void setFilterEnabled(Boolean filterEnabled) { this.filterEnabled = filterEnabled; }
    public String getNewUsername() { return newUsername; }
    public void setNewUsername(String newUsername) { this.newUsername = newUsername; }
    public String getNewDisplayName() { return newDisplayName; }
    public void setNewDisplayName(String newDisplayName) { this.newDisplayName = newDisplayName; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public List<Role> getNewRoles() { return newRoles; }
    public void setNewRoles(List<Role> newRoles) { this.newRoles = newRoles; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public AccountView getSelected() { return selected; }
    public List<Role> getEditRoles() { return editRoles; }
    public void setEditRoles(List<Role> editRoles) { this.editRoles = editRoles; }
    public String getResetPassword() { return resetPassword; }
    public void setResetPassword(String resetPassword) { this.resetPassword = resetPassword; }

}
