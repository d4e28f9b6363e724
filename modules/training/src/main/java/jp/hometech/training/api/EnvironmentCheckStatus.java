package jp.hometech.training.api;

/** SUBMITTED by the trainee, then VERIFIED or REFUSED by staff; a new submission starts over. */
public enum EnvironmentCheckStatus {
    SUBMITTED, VERIFIED, REFUSED
}
