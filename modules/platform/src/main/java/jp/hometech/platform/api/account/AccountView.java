package jp.hometech.platform.api.account;

import jp.hometech.platform.api.security.Role;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An account as the rest of the application sees it: never its password hash. Getters for EL. */
public final class AccountView implements java.io.Serializable {

    private final long id;
    private final String username;
    private final String displayName;
    private final String email;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final String preferredLanguage;
    private final Instant lastLoginAt;
    private final long version;

    public AccountView(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
                       Instant lockedUntil, String preferredLanguage, Instant lastLoginAt, long version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.preferredLanguage = preferredLanguage;
        this.lastLoginAt = lastLoginAt;
        this.version = version;
    }

    public long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public Set<Role> getRoles() { return roles; }
    public boolean isEnabled() { return enabled; }
    public Instant getLockedUntil() { return lockedUntil; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public long getVersion() { return version; }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Role names sorted in declaration order, e.g. "ADMIN, RECRUITER". */
    public String getRoleNames() {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }
}
