package jp.hometech.billing.api;

/** What a line of the fee schedule (B1) is paid per. Every unit is performance-based: no fixed wage. */
public enum FeeUnit {
    /** per call handled */
    PER_CALL,
    /** per hour worked, summed in minutes over the schedule's days of the month, then rounded down once */
    PER_HOUR,
    /** per day with at least one work session */
    PER_WORKED_DAY
}
