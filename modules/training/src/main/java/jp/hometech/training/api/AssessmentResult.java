package jp.hometech.training.api;

/** The assessment after the group days (T1): a fail needs a reason and ends the training. */
public record AssessmentResult(long enrolmentId, long expectedVersion, boolean passed, String failReason) implements java.io.Serializable {
}
