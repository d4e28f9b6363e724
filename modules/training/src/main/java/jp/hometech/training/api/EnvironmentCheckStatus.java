package jp.hometech.training.api;

/** SUBMITTED by the trainee, then VERIFIED or REFUSED by staff; a new submission starts over. */
public enum EnvironmentCheckStatus {
    SUBMITTED, VERIFIED, REFUSED;

    /** Its name in the module's bundle (pages, PDFs and mails show it in the reader's language). */
    public String getMessageKey() {
        return "training.environmentStatus." + name();
    }
}
