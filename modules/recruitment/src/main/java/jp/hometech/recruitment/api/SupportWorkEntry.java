package jp.hometech.recruitment.api;

import java.time.LocalDate;

/** A period of technical-support work (R4b); {@code endedOn} null means still ongoing. */
public record SupportWorkEntry(LocalDate startedOn, LocalDate endedOn, String description) implements java.io.Serializable {

    public static SupportWorkEntry ongoing(LocalDate startedOn, String description) {
        return new SupportWorkEntry(startedOn, null, description);
    }
}
