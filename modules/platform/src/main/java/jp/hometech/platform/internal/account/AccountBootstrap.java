package jp.hometech.platform.internal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.NewAccount;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;
import jp.hometech.platform.internal.settings.PlatformSettings;

import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Opens the first accounts of an empty installation: the initial administrator when IT sets
 * ADMIN_INITIAL_PASSWORD, and, only in the run command's embedded-database mode, one demo account per role
 * (user name = role in lower case, password = user name + "-demo-2026").
 */
@Startup
@Singleton
@DependsOn("PlatformSchemaMigration")
public class AccountBootstrap {

    public static final String DEMO_PASSWORD_SUFFIX = "-demo-2026";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @EJB
    AccountService accounts;

    @Inject
    PlatformSettings settings;

    @PostConstruct
    void openFirstAccounts() {
        String initialAdminPassword = settings.initialAdminPassword();
        if (!initialAdminPassword.isEmpty() && !anyAccountWithRole(Role.ADMIN)) {
            accounts.create(new NewAccount("admin", "Administrator", null, Set.of(Role.ADMIN),
                    initialAdminPassword.toCharArray(), "ja"), Actor.system());
            LOG.info("Opened the initial administrator account \"admin\" (ADMIN_INITIAL_PASSWORD).");
        }
        if (settings.demoAccounts()) {
            for (Role role : Role.values()) {
                String username = role.name().toLowerCase(Locale.ROOT);
                if (accounts.findByUsername(username).isEmpty()) {
                    accounts.create(new NewAccount(username, "Demo " + role.name(), null, Set.of(role),
                            (username + DEMO_PASSWORD_SUFFIX).toCharArray(), "ja"), Actor.system());
                }
            }
            LOG.info("Demo accounts are present (one per role; password = user name + \"" + DEMO_PASSWORD_SUFFIX + "\").");
        }
    }

    private boolean anyAccountWithRole(Role role) {
        return !em.createQuery("select a.id from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }
}
