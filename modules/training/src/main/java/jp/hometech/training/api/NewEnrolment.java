package jp.hometech.training.api;

/**
 * Enrols a candidate who passed the interview. {@code candidateId} is recruitment's applicant id; the name and
 * the portal username are copied so this module needs nothing from recruitment.
 */
public record NewEnrolment(long cohortId, long candidateId, String displayName, String portalUsername) implements java.io.Serializable {
}
