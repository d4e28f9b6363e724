package jp.hometech.recruitment.api;

/** ACTIVE and COMPLETED bookings hold a place of their slot; a cancelled one (also the old one of a move) frees it. */
public enum BookingStatus {
    ACTIVE, CANCELLED, COMPLETED;

    public String getMessageKey() {
        return "recruitment.bookingStatus." + name();
    }
}
