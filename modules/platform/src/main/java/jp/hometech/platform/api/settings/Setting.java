package jp.hometech.platform.api.settings;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One operational setting: a system property, else an environment variable, else the default. Read it with
 * {@link #value()}; a value that is not of the type or out of its range throws {@link InvalidSettingException}
 * naming the variable, the value and what is allowed. A module declares its settings as constants and lists them
 * in its {@link ModuleSettings} bean, so the platform reads and validates every one at deployment.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {

    private final String environmentVariable;
    private final String property;
    private final String defaultText;
    private final String allowed;
    private final Function<String, T> parser;

    private Setting(String environmentVariable, String property, String defaultText, String allowed,
                    Function<String, T> parser) {
        this.environmentVariable = Objects.requireNonNull(environmentVariable);
        this.property = Objects.requireNonNull(property);
        this.defaultText = Objects.requireNonNull(defaultText);
        this.allowed = allowed;
        this.parser = parser;
        value(defaultText);
    }

    /** A whole number from minimum to maximum (both included). */
    public static Setting<Integer> integer(String environmentVariable, String property, int defaultValue,
                                           int minimum, int maximum) {
        String allowed = "a whole number from " + minimum + " to " + maximum;
        return new Setting<>(environmentVariable, property, String.valueOf(defaultValue), allowed, text -> {
            long parsed = parseLong(text);
            if (parsed < minimum || parsed > maximum) {
                throw new IllegalArgumentException("out of range");
            }
            return (int) parsed;
        });
    }

    /** A whole number from minimum to maximum (both included). */
    public static Setting<Long> longInteger(String environmentVariable, String property, long defaultValue,
                                            long minimum, long maximum) {
        String allowed = "a whole number from " + minimum + " to " + maximum;
        return new Setting<>(environmentVariable, property, String.valueOf(defaultValue), allowed, text -> {
            long parsed = parseLong(text);
            if (parsed < minimum || parsed > maximum) {
                throw new IllegalArgumentException("out of range");
            }
            return parsed;
        });
    }

    /** {@code true} or {@code false} (any case); nothing else, so a typo is not read as false. */
    public static Setting<Boolean> bool(String environmentVariable, String property, boolean defaultValue) {
        return new Setting<>(environmentVariable, property, String.valueOf(defaultValue), "true or false", text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException("not a boolean");
            }
            return Boolean.parseBoolean(lower);
        });
    }

    /** A whole number of the given unit (e.g. minutes), from minimum to maximum, read as a duration. */
    public static Setting<Duration> duration(String environmentVariable, String property, long defaultValue,
                                             long minimum, long maximum, ChronoUnit unit) {
        String allowed = "a whole number of " + unit.toString().toLowerCase(Locale.ROOT) + " from " + minimum + " to "
                + maximum;
        return new Setting<>(environmentVariable, property, String.valueOf(defaultValue), allowed, text -> {
            long parsed = parseLong(text);
            if (parsed < minimum || parsed > maximum) {
                throw new IllegalArgumentException("out of range");
            }
            return Duration.of(parsed, unit);
        });
    }

    /** One of the enum's constant names (any case). */
    public static <E extends Enum<E>> Setting<E> oneOf(String environmentVariable, String property, E defaultValue) {
        Class<E> type = defaultValue.getDeclaringClass();
        String allowed = "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
        return new Setting<>(environmentVariable, property, defaultValue.name(), allowed,
                text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
    }

    /** Any text up to maxLength characters; the default may be empty. */
    public static Setting<String> text(String environmentVariable, String property, String defaultValue, int maxLength) {
        String allowed = "text of at most " + maxLength + " characters";
        return new Setting<>(environmentVariable, property, defaultValue, allowed, text -> {
            if (text.length() > maxLength) {
                throw new IllegalArgumentException("too long");
            }
            return text;
        });
    }

    /** The current value: read each time, so a test server may change a system property at run time. */
    public T value() {
        return value(raw());
    }

    /** The value the text would give (blank gives the default), or the exception the deployment fails with. */
    public T value(String text) {
        String given = text == null || text.isBlank() ? defaultText : text.trim();
        try {
            return parser.apply(given);
        } catch (RuntimeException e) {
            throw refused(given, e);
        }
    }

    private InvalidSettingException refused(String given, RuntimeException cause) {
        return new InvalidSettingException(environmentVariable + " (system property " + property + ") is '" + given
                + "', but must be " + allowed + " (default " + (defaultText.isEmpty() ? "empty" : defaultText) + ")",
                cause);
    }

    private String raw() {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value;
    }

    private static long parseLong(String text) {
        return Long.parseLong(text);
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public String property() {
        return property;
    }

    public String defaultText() {
        return defaultText;
    }

    public String allowed() {
        return allowed;
    }

    @Override
    public String toString() {
        return environmentVariable;
    }
}
