package jp.hometech.recruitment.internal.rules;

import java.util.List;

/** Message arguments stored in one column, separated by the ASCII unit separator that no argument contains. */
public final class MessageArguments {

    private static final String SEPARATOR = "\u001F";

    public static String join(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        for (String argument : arguments) {
            if (argument.contains(SEPARATOR)) {
                throw new IllegalArgumentException("argument contains the separator");
            }
        }
        return String.join(SEPARATOR, arguments);
    }

    public static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }

    private MessageArguments() {
    }
}
