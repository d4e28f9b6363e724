package jp.hometech.training.api;

/**
 * T3: moves a trainee to another cohort in an urgent, unavoidable case. {@code approvedBy} is the username of
 * whoever approved it (recorded with the reason); the target must have room.
 */
public record TransferRequest(long enrolmentId, long expectedVersion, long toCohortId, String reason, String approvedBy) implements java.io.Serializable {
}
