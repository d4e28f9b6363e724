package jp.hometech.platform.internal.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
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
import jp.hometech.platform.api.constraint.ConstraintTranslator;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.platform.api.security.Role;
import jp.hometech.platform.internal.settings.PlatformSettings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@Stateless
public class DefaultAccountService implements AccountService {

    static final String MODULE = "platform";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Set<String> LANGUAGES = Set.of("ja", "en");
    private static final Map<String, Function<Root<Account>, Expression<?>>> SORTABLE = Map.of(
            "username", root -> root.get("username"),
            "displayName", root -> root.get("displayName"),
            "email", root -> root.get("email"),
            "enabled", root -> root.get("enabled"),
            "lastLoginAt", root -> root.get("lastLoginAt"));

    static {
        SORT.requireAll(SORTABLE.keySet());
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    ConstraintTranslator constraints;

    @Inject
    AuditLog auditLog;

    @Inject
    PlatformSettings settings;

    private final PasswordHasher hasher = new PasswordHasher();
    @Inject
    BusinessClock clock;

    @Override
    public LoginResult authenticate(String username, char[] password, String remoteAddress) {
        String normalized = normalize(username);
        Actor actor = new Actor(truncate(normalized.isEmpty() ? "(blank)" : normalized, 64), remoteAddress);
        Optional<Account> found = findEntity(normalized);
        if (found.isEmpty()) {
            hasher.verifyAgainstDummy(password);
            auditLog.record(actor, MODULE, "LOGIN_FAILED", normalized, "unknown user");
            return new LoginResult(LoginOutcome.INVALID_CREDENTIALS, null, null);
        }
        Account account = found.get();
        Instant now = now();
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
            auditLog.record(actor, MODULE, "LOGIN_REFUSED_LOCKED", normalized, "locked until " + account.getLockedUntil());
            return new LoginResult(LoginOutcome.LOCKED, null, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            return recordFailure(account, actor, now);
        }
        if (!account.isEnabled()) {
            auditLog.record(actor, MODULE, "LOGIN_REFUSED_DISABLED", normalized, null);
            return new LoginResult(LoginOutcome.DISABLED, null, null);
        }
        // A bulk update: a login must not bump the version an administrator's open edit form relies on.
        em.createQuery("update Account a set a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :now where a.id = :id")
                .setParameter("now", now).setParameter("id", account.getId()).executeUpdate();
        em.refresh(account);
        auditLog.record(actor, MODULE, "LOGIN_SUCCEEDED", normalized, null);
        return new LoginResult(LoginOutcome.SUCCESS, account.toView(), null);
    }

    private LoginResult recordFailure(Account account, Actor actor, Instant now) {
        int max = settings.maxFailedLogins();
        Instant lockUntil = now.plus(settings.lockDuration());
        // One statement, so concurrent wrong guesses are all counted. A lock that has run out starts a new count.
        Object[] row = (Object[]) em.createNativeQuery("""
                        update platform.account set
                          failed_logins = case when locked_until is not null and locked_until <= :now then 1
                                               else failed_logins + 1 end,
                          locked_until  = case when (case when locked_until is not null and locked_until <= :now then 1
                                                          else failed_logins + 1 end) >= :max then :lockUntil
                                               when locked_until is not null and locked_until <= :now then null
                                               else locked_until end
                        where id = :id
                        returning failed_logins, locked_until""")
                .setParameter("now", now).setParameter("max", max).setParameter("lockUntil", lockUntil)
                .setParameter("id", account.getId())
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        boolean lockedNow = failures >= max;
        auditLog.record(actor, MODULE, lockedNow ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", account.getUsername(),
                "failed attempts: " + failures + (lockedNow ? ", locked until " + lockUntil : ""));
        return lockedNow ? new LoginResult(LoginOutcome.LOCKED, null, lockUntil)
                : new LoginResult(LoginOutcome.INVALID_CREDENTIALS, null, null);
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        return findEntity(normalize(username)).map(Account::toView);
    }

    @Override
    public Optional<AccountView> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).map(Account::toView);
    }

    @Override
    public AccountView create(NewAccount request, Actor actor) {
        String username = normalize(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessException("platform.account.usernameFormat");
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new BusinessException("platform.account.displayNameRequired");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new BusinessException("platform.account.roleRequired");
        }
        String language = language(request.preferredLanguage());
        PasswordPolicy.check(request.initialPassword(), username);
        if (findEntity(username).isPresent()) {
            throw new BusinessException("platform.account.usernameTaken", username);
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        Account account = new Account(username, displayName, email, hasher.hash(request.initialPassword()),
                request.roles(), language, now());
        em.persist(account);
        // Two administrators opening one user name at the same moment: the unique constraint refuses the second.
        constraints.flush(em, username);
        auditLog.record(actor, MODULE, "ACCOUNT_CREATED", username, "roles: " + sortedRoles(request.roles()));
        return account.toView();
    }

    @Override
    public AccountView changeRoles(long accountId, long expectedVersion, Set<Role> roles, Actor actor) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("platform.account.roleRequired");
        }
        Account account = lockedForEdit(accountId, expectedVersion);
        String before = sortedRoles(account.getRoles());
        account.replaceRoles(roles);
        forceVersionIncrement(account);
        auditLog.record(actor, MODULE, "ACCOUNT_ROLES_CHANGED", account.getUsername(),
                before + " -> " + sortedRoles(roles));
        return account.toView();
    }

    @Override
    public AccountView changeEnabled(long accountId, long expectedVersion, boolean enabled, Actor actor) {
        Account account = lockedForEdit(accountId, expectedVersion);
        if (!enabled && account.getUsername().equals(actor.username())) {
            throw new BusinessException("platform.account.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        em.flush();
        auditLog.record(actor, MODULE, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", account.getUsername(), null);
        return account.toView();
    }

    @Override
    public AccountView resetPassword(long accountId, long expectedVersion, char[] newPassword, Actor actor) {
        Account account = lockedForEdit(accountId, expectedVersion);
        PasswordPolicy.check(newPassword, account.getUsername());
        account.changePassword(hasher.hash(newPassword), now());
        em.flush();
        auditLog.record(actor, MODULE, "ACCOUNT_PASSWORD_RESET", account.getUsername(), "lock lifted");
        return account.toView();
    }

    @Override
    public void changePreferredLanguage(String username, String language) {
        String checked = language(language);
        em.createQuery("update Account a set a.preferredLanguage = :language where a.username = :username")
                .setParameter("language", checked).setParameter("username", normalize(username)).executeUpdate();
    }

    @Override
    public RowCount count(AccountQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Account> root = ids.from(Account.class);
        // The role filter joins one role per account, so each account is one row.
        ids.select(root.get("id")).where(filters(cb, ids, root, query));
        return RowCount.of(em.createQuery(ids));
    }

    @Override
    public List<AccountView> search(AccountQuery query, PageRequest request) {
        PageRequest page = SORT.resolve(request);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Account> root = ids.from(Account.class);
        Expression<?> sortBy = SORTABLE.get(page.sortField()).apply(root);
        List<Order> order = List.of(page.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        ids.select(root.get("id")).where(filters(cb, ids, root, query)).orderBy(order);
        List<Long> pageIds = em.createQuery(ids).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        // Second query fetches the page's accounts with their roles in one go (no query per row).
        Map<Long, Account> byId = em.createQuery(
                        "select a from Account a left join fetch a.roles where a.id in :ids", Account.class)
                .setParameter("ids", pageIds).getResultList().stream()
                .collect(Collectors.toMap(Account::getId, Function.identity(), (same, duplicateRow) -> same));
        return pageIds.stream().map(byId::get).map(Account::toView).toList();
    }

    @Override
    public void erase(String username, Actor actor) {
        Optional<Account> found = findEntity(normalize(username));
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        String pseudonym = "erased-account-" + account.getId();
        em.remove(account);
        em.flush();
        auditLog.pseudonymize(account.getUsername(), pseudonym);
        auditLog.record(actor, MODULE, "ACCOUNT_ERASED", pseudonym, "personal data erased");
    }

    private Predicate[] filters(CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Account> root, AccountQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            predicates.add(cb.or(
                    cb.like(cb.lower(root.get("username")), like, '\\'),
                    cb.like(cb.lower(root.get("displayName")), like, '\\'),
                    cb.like(cb.lower(root.get("email")), like, '\\')));
        }
        if (query.role() != null) {
            Join<Account, Role> role = root.join("roles");
            predicates.add(cb.equal(role, query.role()));
        }
        if (query.enabled() != null) {
            predicates.add(cb.equal(root.get("enabled"), query.enabled()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private Account lockedForEdit(long accountId, long expectedVersion) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("platform.account.notFound");
        }
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return account;
    }

    /** A change of the role collection alone does not touch the row, yet it is an edit that others must see;
     *  the pessimistic variant raises the version now, so the view returned carries the new one. */
    private void forceVersionIncrement(Account account) {
        em.lock(account, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private Optional<Account> findEntity(String normalizedUsername) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", normalizedUsername).getResultStream().findFirst();
    }

    private static String language(String language) {
        String value = language == null || language.isBlank() ? "ja" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(value)) {
            throw new BusinessException("platform.account.languageUnsupported");
        }
        return value;
    }

    private static String sortedRoles(Set<Role> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(Role::name).collect(Collectors.joining(","));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }
}
