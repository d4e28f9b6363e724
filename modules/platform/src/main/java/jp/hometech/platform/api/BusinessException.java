package jp.hometech.platform.api;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A request that a business rule refuses. It carries a message key of the throwing module's own bundle
 * ({@code <module>.…}, see {@link jp.hometech.platform.api.i18n.ModuleMessages}) and its arguments rather
 * than a text, so the user reads the reason in their own language.
 * Thrown from a service, it rolls back the whole user action.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
