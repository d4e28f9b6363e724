package jp.hometech.training.api;

/**
 * One trainee's attendance on one day. {@code expectedVersion} is null for a first record and the version
 * the trainer saw when correcting one.
 */
public record AttendanceMark(long enrolmentId, boolean present, Long expectedVersion) implements java.io.Serializable {
}
