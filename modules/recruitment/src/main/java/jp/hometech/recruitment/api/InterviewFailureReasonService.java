package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * The reasons other than R4c a failed interview can name (R8): everybody reads the active ones, ADMIN edits (the
 * console guards it). Statistics count the fails by what decided them.
 */
public interface InterviewFailureReasonService {

    List<InterviewFailureReasonView> listAll();

    /** What the interviewer can choose from, in display order. */
    List<InterviewFailureReasonView> listActive();

    InterviewFailureReasonView create(InterviewFailureReasonDefinition definition, Actor actor);

    /** Changes names, active and order; the code stays, as outcomes refer to it. */
    InterviewFailureReasonView update(long id, long expectedVersion, InterviewFailureReasonDefinition definition,
                                      Actor actor);

    /**
     * Failed interviews recorded on these Japan-time dates (at most 400 days) of applications still on record, counted
     * by deciding reason: one row for the R4c topics, one per reason that decided any. (Erased applications keep their
     * deciding reason in {@link ApplicationStatisticView#getInterviewFailure()}.)
     */
    List<InterviewFailureCount> countFailures(LocalDate from, LocalDate toInclusive);
}
