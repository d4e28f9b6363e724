package jp.hometech.console.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jp.hometech.platform.api.BusinessException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the console's resource bundle in the current user's language, and Faces messages made of them. */
public final class Messages {

    public static final String BUNDLE = "jp.hometech.console.i18n.Messages";
    /** Each business module keeps its texts in a bundle of its own; its keys start with the module name. */
    private static final Map<String, String> MODULE_BUNDLES = Map.of(
            "recruitment", "jp.hometech.console.i18n.Recruitment",
            "training", "jp.hometech.console.i18n.Training",
            "scheduling", "jp.hometech.scheduling.i18n.Scheduling",
            "certificates", "jp.hometech.certificates.i18n.Certificates");

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.JAPANESE;
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String module = key.contains(".") ? key.substring(0, key.indexOf('.')) : "";
        ResourceBundle bundle = ResourceBundle.getBundle(MODULE_BUNDLES.getOrDefault(module, BUNDLE), locale);
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
