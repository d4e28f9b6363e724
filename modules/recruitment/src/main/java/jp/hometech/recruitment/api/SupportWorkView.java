package jp.hometech.recruitment.api;

import java.time.LocalDate;

public final class SupportWorkView implements java.io.Serializable {

    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final String description;

    public SupportWorkView(LocalDate startedOn, LocalDate endedOn, String description) {
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.description = description;
    }

    public LocalDate getStartedOn() { return startedOn; }
    /** Null while ongoing. */
    public LocalDate getEndedOn() { return endedOn; }
    public boolean isOngoing() { return endedOn == null; }
    public String getDescription() { return description; }
}
