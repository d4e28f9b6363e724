package jp.hometech.scheduling.api;

/** Where a contractor stands against one monthly obligation (S4). */
public enum ObligationStatus {
    /** Reached. */
    MET,
    /** Not reached yet, but the remaining pre-entries would reach it (work done only). */
    ON_TRACK,
    /** Not reached, and the month is still running: the contractor should act. */
    AT_RISK,
    /** The month is over and it was not reached. */
    MISSED;

    public boolean isProblem() {
        return this == AT_RISK || this == MISSED;
    }
}
