package jp.hometech.scheduling.api;

/** The monthly obligations of the contract (R6, S4), in minutes. */
public enum Obligation {
    PRE_ENTRY(80 * 60),
    PRE_ENTRY_WEEKEND_HOLIDAY(20 * 60),
    WORKED(65 * 60);

    private final long requiredMinutes;

    Obligation(long requiredMinutes) {
        this.requiredMinutes = requiredMinutes;
    }

    public long getRequiredMinutes() { return requiredMinutes; }
    public long getRequiredHours() { return requiredMinutes / 60; }
}
