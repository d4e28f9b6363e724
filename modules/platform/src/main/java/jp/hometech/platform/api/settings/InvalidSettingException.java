package jp.hometech.platform.api.settings;

/** A setting's value is not allowed; thrown at deployment, it stops the application from starting. */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
