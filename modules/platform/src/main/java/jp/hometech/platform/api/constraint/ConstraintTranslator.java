package jp.hometech.platform.api.constraint;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.util.Optional;

/**
 * Turns a violated database constraint into the {@link jp.hometech.platform.api.BusinessException} its module
 * registered ({@link ConstraintMessages}), the one way every module does it. Constraints stand behind rules that
 * must hold under concurrency; the service checks first, and the constraint refuses the request that raced it.
 */
public interface ConstraintTranslator {

    /**
     * Flushes em; a violation of a registered constraint becomes a BusinessException with its message key and
     * these arguments, anything else is rethrown as it was.
     */
    void flush(EntityManager em, Object... arguments);

    /** The registered message key of the constraint the failure violated, if any. */
    Optional<String> messageKey(PersistenceException failure);
}
