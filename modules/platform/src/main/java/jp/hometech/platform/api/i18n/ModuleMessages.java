package jp.hometech.platform.api.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of a module's own resource bundle, so a module renders a page, a PDF or a mail in the person's
 * language. Every module keeps its messages in its jar as
 * {@code jp/hometech/<module>/i18n/Messages_ja.properties} and {@code Messages_en.properties}, and every key
 * starts with the module's name ({@code recruitment.slot.notFound}); the key alone finds its bundle.
 * Japanese unless the person reads English.
 */
public final class ModuleMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ModuleMessages() {
    }

    /** The bundle base name of a module, e.g. {@code jp.hometech.training.i18n.Messages}. */
    public static String baseName(String module) {
        return "jp.hometech." + module + ".i18n.Messages";
    }

    /** The module a key belongs to: its first segment. */
    public static String moduleOf(String messageKey) {
        int dot = messageKey.indexOf('.');
        return dot < 0 ? "" : messageKey.substring(0, dot);
    }

    /** The two languages of the product: English for English, Japanese for every other locale. */
    public static Locale supported(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** The module's bundle in the locale, if the key's module has one. */
    public static Optional<ResourceBundle> bundleOf(String messageKey, Locale locale) {
        String module = moduleOf(messageKey);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResourceBundle.getBundle(baseName(module), supported(locale), loader(), NO_FALLBACK));
        } catch (MissingResourceException noBundle) {
            return Optional.empty();
        }
    }

    /** The text of the key with its arguments (MessageFormat), or empty when the module's bundle lacks it. */
    public static Optional<String> text(Locale locale, String messageKey, Object... arguments) {
        return bundleOf(messageKey, locale).filter(bundle -> bundle.containsKey(messageKey)).map(bundle -> {
            String pattern = bundle.getString(messageKey);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
        });
    }

    /** The context class loader is the calling module's (a page's WAR, an EJB jar); both see every module jar. */
    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ModuleMessages.class.getClassLoader();
    }
}
