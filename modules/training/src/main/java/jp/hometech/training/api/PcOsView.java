package jp.hometech.training.api;

import java.io.Serializable;

/** E7 reference data: an operating system, whether it is Windows and whether the company accepts it. */
public final class PcOsView implements Serializable {

    private final String code;
    private final String name;
    private final boolean windows;
    private final boolean accepted;

    public PcOsView(String code, String name, boolean windows, boolean accepted) {
        this.code = code;
        this.name = name;
        this.windows = windows;
        this.accepted = accepted;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isWindows() { return windows; }
    public boolean isAccepted() { return accepted; }
}
