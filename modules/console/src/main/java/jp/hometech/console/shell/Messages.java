package jp.hometech.console.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.i18n.ModuleMessages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts in the current user's language, and Faces messages made of them. A key that starts with a module's
 * name ({@code recruitment.…}) comes from that module's own bundle ({@link ModuleMessages}); the others are
 * the console's own texts (menu, login, dashboard, accounts).
 */
public final class Messages {

    public static final String BUNDLE = "jp.hometech.console.i18n.Messages";

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.JAPANESE;
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Optional<ResourceBundle> module = ModuleMessages.bundleOf(key, locale);
        ResourceBundle bundle = module.isPresent() ? module.get()
                : ResourceBundle.getBundle(BUNDLE, ModuleMessages.supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static void error(BusinessException refused) {
        error(refused.messageKey(), refused.arguments());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        // Messages survive the redirect after a successful POST.
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private Messages() {
    }
}
