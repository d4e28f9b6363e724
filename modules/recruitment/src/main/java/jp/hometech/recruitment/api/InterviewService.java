package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Interview slots (staff), bookings (the applicant, identified by their portal username) and outcomes (staff).
 * Two applicants taking the last place of a slot at once: one gets it, the other is refused with
 * "recruitment.booking.slotFull".
 */
public interface InterviewService {

    /** Creates a slot for every date × start time; refuses the whole batch when one would overlap the interviewer's slots. */
    List<InterviewSlotView> createSlots(SlotBatch batch, Actor actor);

    /** Slots starting on the given Japan-time dates, by start; at most 93 days. */
    List<InterviewSlotView> listSlots(LocalDate from, LocalDate toInclusive);

    /** Slots an applicant can still book: starting later than now, with a free place; at most 93 days. */
    List<InterviewSlotView> listOpenSlots(LocalDate from, LocalDate toInclusive);

    /** Active and completed bookings of one slot, with the applicants' names. */
    List<BookingView> listBookings(long slotId);

    /** Removes a slot nobody has booked. */
    void deleteSlot(long slotId, long expectedVersion, Actor actor);

    BookingResult book(String portalUsername, BookingCommand command, Actor actor);

    /** Moves the applicant's active booking to {@code command.slotId()}, with the device declared anew. */
    BookingResult move(String portalUsername, BookingCommand command, Actor actor);

    void cancel(String portalUsername, Actor actor);

    Optional<BookingView> activeBooking(String portalUsername);

    /**
     * Records pass or fail with notes and the R4c checklist. A fail ends the application (FAILED) with the reason;
     * a pass of an applicant who qualified only by R4c needs every topic confirmed.
     */
    InterviewOutcomeView recordOutcome(long applicantId, long expectedVersion, InterviewOutcomeCommand command, Actor actor);
}
