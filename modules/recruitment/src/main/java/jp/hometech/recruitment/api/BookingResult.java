package jp.hometech.recruitment.api;

/** A booking as made, and whether to warn the applicant (R7: they cannot attend the next cohort). */
public final class BookingResult implements java.io.Serializable {

    public static final String NEXT_COHORT_WARNING_KEY = "recruitment.booking.nextCohortWarning";

    private final BookingView booking;
    private final boolean nextCohortWarning;

    public BookingResult(BookingView booking, boolean nextCohortWarning) {
        this.booking = booking;
        this.nextCohortWarning = nextCohortWarning;
    }

    public BookingView getBooking() { return booking; }
    public boolean isNextCohortWarning() { return nextCohortWarning; }
}
