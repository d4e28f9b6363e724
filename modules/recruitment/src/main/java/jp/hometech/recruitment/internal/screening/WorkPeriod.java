package jp.hometech.recruitment.internal.screening;

import java.time.LocalDate;

/** A period of technical-support work, both days included; {@code end} null while ongoing (R4b). */
public record WorkPeriod(LocalDate start, LocalDate end) {

    public static WorkPeriod ongoing(LocalDate start) {
        return new WorkPeriod(start, null);
    }

    public boolean isOngoing() {
        return end == null;
    }
}
