package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.util.Arrays;

/** Why one line of a work-record file was refused: a message key of the scheduling bundle and its arguments. */
public final class ImportRowError implements Serializable {

    private final int line;
    private final String messageKey;
    private final Object[] arguments;

    public ImportRowError(int line, String messageKey, Object... arguments) {
        this.line = line;
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
    }

    /** The line in the file, 1 being the header. */
    public int getLine() { return line; }
    public String getMessageKey() { return messageKey; }
    /** As text, so the error can be kept and shown in any language. */
    public Object[] getArguments() { return arguments.clone(); }

    @Override
    public String toString() {
        return "line " + line + ": " + messageKey + " " + Arrays.toString(arguments);
    }
}
