package jp.hometech.systemtests.platform;

import jakarta.ejb.EJB;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.account.AccountQuery;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.account.LoginOutcome;
import jp.hometech.platform.api.account.LoginResult;
import jp.hometech.platform.api.account.NewAccount;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts, logins, lockout and the audit log, inside WildFly against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final Actor ADMIN = new Actor("it-admin", "127.0.0.1");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/platform/DefaultAccountService!jp.hometech.platform.api.account.AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAuditLog!jp.hometech.platform.api.audit.AuditLog")
    AuditLog auditLog;

    @Test
    void createdAccountLogsInWithItsPasswordAndIsAudited() {
        String username = uniqueUsername();
        AccountView created = accounts.create(account(username, Role.RECRUITER), ADMIN);

        LoginResult login = accounts.authenticate(username, "correct horse battery".toCharArray(), "10.0.0.1");

        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertEquals(Set.of(Role.RECRUITER), login.account().getRoles());
        assertEquals(created.getId(), login.account().getId());
        AuditQuery succeeded = new AuditQuery(username, null, "LOGIN_SUCCEEDED", null, null, null);
        assertEquals(1, auditLog.count(succeeded).rows());
        assertEquals("10.0.0.1", auditLog.search(succeeded, PageRequest.first(10)).get(0).getRemoteAddress());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        String username = uniqueUsername();
        accounts.create(account(username, Role.TRAINER), ADMIN);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                    accounts.authenticate(username, ("wrong password " + attempt).toCharArray(), "10.0.0.2").outcome());
        }
        LoginResult fifth = accounts.authenticate(username, "wrong password 5".toCharArray(), "10.0.0.2");
        LoginResult rightPasswordAfterwards = accounts.authenticate(username, "correct horse battery".toCharArray(), "10.0.0.2");

        assertEquals(LoginOutcome.LOCKED, fifth.outcome());
        assertNotNull(fifth.lockedUntil());
        assertEquals(LoginOutcome.LOCKED, rightPasswordAfterwards.outcome());
        assertEquals(1, auditLog.count(new AuditQuery(username, null, "ACCOUNT_LOCKED", null, null, null)).rows());
    }

    @Test
    void passwordResetByAdministratorLiftsTheLock() {
        String username = uniqueUsername();
        AccountView created = accounts.create(account(username, Role.BILLING), ADMIN);
        for (int attempt = 0; attempt < 5; attempt++) {
            accounts.authenticate(username, "nope nope nope".toCharArray(), null);
        }
        AccountView locked = accounts.findById(created.getId()).orElseThrow();

        accounts.resetPassword(created.getId(), locked.getVersion(), "a brand new passphrase".toCharArray(), ADMIN);

        assertEquals(LoginOutcome.SUCCESS, accounts.authenticate(username, "a brand new passphrase".toCharArray(), null).outcome());
    }

    @Test
    void unknownUserAndWrongPasswordLookTheSame() {
        LoginResult unknown = accounts.authenticate("nobody-" + UUID.randomUUID(), "whatever it is".toCharArray(), null);
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, unknown.outcome());
    }

    @Test
    void disabledAccountCannotLogIn() {
        String username = uniqueUsername();
        AccountView created = accounts.create(account(username, Role.EQUIPMENT), ADMIN);
        accounts.changeEnabled(created.getId(), created.getVersion(), false, ADMIN);

        assertEquals(LoginOutcome.DISABLED, accounts.authenticate(username, "correct horse battery".toCharArray(), null).outcome());
    }

    @Test
    void staleVersionIsRefusedAsConcurrentEdit() {
        String username = uniqueUsername();
        AccountView created = accounts.create(account(username, Role.SCHEDULER), ADMIN);
        accounts.changeRoles(created.getId(), created.getVersion(), EnumSet.of(Role.SCHEDULER, Role.TRAINER), ADMIN);

        assertThrows(ConcurrentEditException.class,
                () -> accounts.changeRoles(created.getId(), created.getVersion(), EnumSet.of(Role.ADMIN), ADMIN));
        assertEquals(EnumSet.of(Role.SCHEDULER, Role.TRAINER), accounts.findById(created.getId()).orElseThrow().getRoles());
    }

    @Test
    void loginDoesNotInvalidateAnOpenEditForm() {
        String username = uniqueUsername();
        AccountView created = accounts.create(account(username, Role.SCHEDULER), ADMIN);
        accounts.authenticate(username, "correct horse battery".toCharArray(), null);

        AccountView changed = accounts.changeRoles(created.getId(), created.getVersion(), EnumSet.of(Role.BILLING), ADMIN);

        assertEquals(Set.of(Role.BILLING), changed.getRoles());
    }

    @Test
    void duplicateUsernameIsRefusedWithAClearReason() {
        String username = uniqueUsername();
        accounts.create(account(username, Role.ADMIN), ADMIN);

        BusinessException refused = assertThrows(BusinessException.class, () -> accounts.create(account(username.toUpperCase(), Role.ADMIN), ADMIN));
        assertEquals("platform.account.usernameTaken", refused.messageKey());
    }

    @Test
    void shortPasswordIsRefusedAndNothingIsStored() {
        String username = uniqueUsername();
        NewAccount weak = new NewAccount(username, "Weak", null, Set.of(Role.ADMIN), "short".toCharArray(), "ja");

        BusinessException refused = assertThrows(BusinessException.class, () -> accounts.create(weak, ADMIN));
        assertEquals("platform.password.tooShort", refused.messageKey());
        assertTrue(accounts.findByUsername(username).isEmpty());
    }

    @Test
    void searchPagesAndFiltersInTheDatabase() {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            accounts.create(account(prefix + "-" + i, i % 2 == 0 ? Role.TRAINER : Role.BILLING), ADMIN);
        }
        List<AccountView> firstPage = accounts.search(new AccountQuery(prefix, null, null), new PageRequest(0, 3, "username", true));
        List<AccountView> trainers = accounts.search(new AccountQuery(prefix, Role.TRAINER, true), new PageRequest(0, 10, "username", false));

        assertEquals(new RowCount(7, false), accounts.count(new AccountQuery(prefix, null, null)));
        assertEquals(3, firstPage.size());
        assertEquals(prefix + "-0", firstPage.get(0).getUsername());
        assertEquals(4, accounts.count(new AccountQuery(prefix, Role.TRAINER, true)).rows());
        assertEquals(prefix + "-6", trainers.get(0).getUsername());
        assertFalse(trainers.stream().anyMatch(a -> !a.hasRole(Role.TRAINER)));
    }

    @Test
    void passwordsNeverReachTheAuditLog() {
        String username = uniqueUsername();
        accounts.create(account(username, Role.RECRUITER), ADMIN);
        accounts.authenticate(username, "secret-typo-123".toCharArray(), null);

        assertEquals(0, auditLog.count(new AuditQuery(null, null, null, "secret-typo", null, null)).rows());
        assertEquals(0, auditLog.count(new AuditQuery(null, null, null, "correct horse", null, null)).rows());
    }

    @Test
    void erasedAccountDisappearsAndTheAuditLogNoLongerNamesIt() {
        String username = uniqueUsername();
        accounts.create(account(username, Role.APPLICANT), ADMIN);
        accounts.authenticate(username, "correct horse battery".toCharArray(), null);

        accounts.erase(username, ADMIN);

        assertTrue(accounts.findByUsername(username).isEmpty());
        assertEquals(0, auditLog.count(new AuditQuery(username, null, null, null, null, null)).rows());
        assertEquals(0, auditLog.count(new AuditQuery(null, null, null, username, null, null)).rows());
    }

    private static NewAccount account(String username, Role role) {
        return new NewAccount(username, "IT " + username, username + "@example.jp", Set.of(role),
                "correct horse battery".toCharArray(), "ja");
    }

    private static String uniqueUsername() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
