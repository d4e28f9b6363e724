package jp.hometech.recruitment.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Many interview slots at once: every date × every start time (Japan time), all for one interviewer. */
public record SlotBatch(List<LocalDate> dates, List<LocalTime> startTimes, int durationMinutes, String interviewer,
                        int capacity) implements java.io.Serializable {

    public SlotBatch {
        dates = dates == null ? List.of() : List.copyOf(dates);
        startTimes = startTimes == null ? List.of() : List.copyOf(startTimes);
    }
}
