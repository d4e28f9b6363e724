package jp.hometech.training.api;

/**
 * Enrols a candidate who passed the interview. {@code candidateId} is recruitment's applicant id and
 * {@code accountId} the platform account of their portal login (how every module refers to a person); the name
 * is copied so this module needs nothing from recruitment to show its lists.
 */
public record NewEnrolment(long cohortId, long candidateId, String displayName, long accountId) implements java.io.Serializable {
}
