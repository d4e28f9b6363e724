package jp.hometech.recruitment.api;

import java.time.Instant;

/** One step in an application's history, e.g. applied, booked, moved, passed, contracted. */
public final class HistoryEntryView implements java.io.Serializable {

    private final Instant occurredAt;
    private final String actor;
    private final String action;
    private final String detail;

    public HistoryEntryView(Instant occurredAt, String actor, String action, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    /** An action code; the console shows it through "recruitment.history.&lt;action&gt;". */
    public String getAction() { return action; }
    public String getMessageKey() { return "recruitment.history." + action; }
    public String getDetail() { return detail; }
}
