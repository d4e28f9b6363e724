package jp.hometech.recruitment.api;

import java.util.Set;

/**
 * The interviewer's result. Every {@link R4cTopic} not in {@code confirmedTopics} is recorded as not confirmed.
 *
 * @param failureReason required for a fail: it is the reason the application ends with
 */
public record InterviewOutcomeCommand(boolean passed, String notes, Set<R4cTopic> confirmedTopics,
                                      String failureReason) implements java.io.Serializable {

    public InterviewOutcomeCommand {
        confirmedTopics = confirmedTopics == null ? Set.of() : Set.copyOf(confirmedTopics);
    }
}
