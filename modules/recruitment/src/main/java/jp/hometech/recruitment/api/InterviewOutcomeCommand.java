package jp.hometech.recruitment.api;

import java.util.Set;

/**
 * The interviewer's result. Every {@link R4cTopic} not in {@code confirmedTopics} is recorded as not confirmed.
 *
 * @param failureBasis      required for a fail, null for a pass: what decided it (R8)
 * @param failureReasonCode for a fail on {@link InterviewFailureBasis#REASON}, the code of an active reason
 */
public record InterviewOutcomeCommand(boolean passed, String notes, Set<R4cTopic> confirmedTopics,
                                      InterviewFailureBasis failureBasis, String failureReasonCode)
        implements java.io.Serializable {

    public InterviewOutcomeCommand {
        confirmedTopics = confirmedTopics == null ? Set.of() : Set.copyOf(confirmedTopics);
    }

    public static InterviewOutcomeCommand pass(String notes, Set<R4cTopic> confirmedTopics) {
        return new InterviewOutcomeCommand(true, notes, confirmedTopics, null, null);
    }

    /** A fail decided by the topics missing from {@code confirmedTopics}. */
    public static InterviewOutcomeCommand failOnTopics(String notes, Set<R4cTopic> confirmedTopics) {
        return new InterviewOutcomeCommand(false, notes, confirmedTopics, InterviewFailureBasis.R4C_TOPICS, null);
    }

    public static InterviewOutcomeCommand failFor(String reasonCode, String notes, Set<R4cTopic> confirmedTopics) {
        return new InterviewOutcomeCommand(false, notes, confirmedTopics, InterviewFailureBasis.REASON, reasonCode);
    }
}
