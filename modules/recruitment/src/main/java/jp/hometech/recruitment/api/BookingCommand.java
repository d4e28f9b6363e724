package jp.hometech.recruitment.api;

/**
 * An applicant's booking of an interview slot (R7).
 *
 * @param separateTelephone   a telephone apart from the video device, for audio fallback
 * @param canAttendNextCohort whether the applicant can attend the next announced training cohort; when not,
 *                            the booking is still made, with a warning
 */
public record BookingCommand(long slotId, InterviewDevice device, boolean separateTelephone,
                             boolean canAttendNextCohort) implements java.io.Serializable {
}
