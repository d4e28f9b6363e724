package jp.hometech.platform.internal.constraint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.constraint.ConstraintMessages;
import jp.hometech.platform.api.constraint.ConstraintTranslator;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The registry of every module's {@link ConstraintMessages}, read once. */
@ApplicationScoped
public class RegisteredConstraintTranslator implements ConstraintTranslator {

    /** PostgreSQL names the constraint in its message: {@code … violates unique constraint "name"}. */
    private static final Pattern NAMED = Pattern.compile("constraint \"([^\"]+)\"");

    @Inject
    @Any
    Instance<ConstraintMessages> modules;

    private volatile Map<String, String> registry;

    @Override
    public void flush(EntityManager em, Object... arguments) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            Optional<String> key = messageKey(e);
            if (key.isPresent()) {
                throw new BusinessException(key.get(), arguments);
            }
            throw e;
        }
    }

    @Override
    public Optional<String> messageKey(PersistenceException failure) {
        Map<String, String> keys = registry();
        return constraintName(failure).map(name -> keys.get(unqualified(name)));
    }

    /** Hibernate may qualify the name with its schema; names are unique across schemas anyway. */
    private static String unqualified(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    static Optional<String> constraintName(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null) {
                Matcher named = NAMED.matcher(sql.getMessage());
                if (named.find()) {
                    return Optional.of(named.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, String> registry() {
        Map<String, String> keys = registry;
        if (keys == null) {
            keys = merged(modules);
            registry = keys;
        }
        return keys;
    }

    static Map<String, String> merged(Iterable<? extends ConstraintMessages> modules) {
        Map<String, String> keys = new HashMap<>();
        for (ConstraintMessages module : modules) {
            module.messageKeys().forEach((name, key) -> {
                String previous = keys.putIfAbsent(name.toLowerCase(Locale.ROOT), key);
                if (previous != null && !previous.equals(key)) {
                    throw new IllegalStateException("Constraint " + name + " is registered twice: " + previous + ", " + key);
                }
            });
        }
        return Map.copyOf(keys);
    }
}
