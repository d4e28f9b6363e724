package jp.hometech.recruitment.api;

import java.time.Instant;

public final class InterviewSlotView implements java.io.Serializable {

    private final long id;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String interviewer;
    private final int capacity;
    private final int bookedCount;
    private final long version;

    public InterviewSlotView(long id, Instant startsAt, Instant endsAt, String interviewer, int capacity, int bookedCount,
                             long version) {
        this.id = id;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.interviewer = interviewer;
        this.capacity = capacity;
        this.bookedCount = bookedCount;
        this.version = version;
    }

    public long getId() { return id; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getInterviewer() { return interviewer; }
    public int getCapacity() { return capacity; }
    /** Places taken by active and completed bookings. */
    public int getBookedCount() { return bookedCount; }
    public int getAvailable() { return Math.max(0, capacity - bookedCount); }
    public boolean isFull() { return bookedCount >= capacity; }
    public long getVersion() { return version; }
}
