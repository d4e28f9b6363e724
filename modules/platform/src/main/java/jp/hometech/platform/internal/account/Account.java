package jp.hometech.platform.internal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.security.Role;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Dynamic updates: failed-login counters are bumped by a bulk statement during logins, and an
 * administrator's save of the roles must not write a stale counter back.
 */
@Entity
@Table(name = "account")
@DynamicUpdate
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = "ja";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            String preferredLanguage, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    AccountView toView() {
        return new AccountView(id, username, displayName, email, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                enabled, lockedUntil, preferredLanguage, lastLoginAt, version);
    }

    void loggedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedLogins = 0;
        lockedUntil = null;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    boolean isEnabled() { return enabled; }
    Instant getLockedUntil() { return lockedUntil; }
    Set<Role> getRoles() { return roles; }
    long getVersion() { return version; }

    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }
}
