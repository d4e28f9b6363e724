package jp.hometech.recruitment.api;

import java.time.Instant;

public final class BookingView implements java.io.Serializable {

    private final long id;
    private final long applicantId;
    private final String applicantName;
    private final long slotId;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String interviewer;
    private final InterviewDevice device;
    private final boolean separateTelephone;
    private final boolean canAttendNextCohort;
    private final BookingStatus status;
    private final Instant bookedAt;

    public BookingView(long id, long applicantId, String applicantName, long slotId, Instant startsAt, Instant endsAt,
                       String interviewer, InterviewDevice device, boolean separateTelephone,
                       boolean canAttendNextCohort, BookingStatus status, Instant bookedAt) {
        this.id = id;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.slotId = slotId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.interviewer = interviewer;
        this.device = device;
        this.separateTelephone = separateTelephone;
        this.canAttendNextCohort = canAttendNextCohort;
        this.status = status;
        this.bookedAt = bookedAt;
    }

    public long getId() { return id; }
    public long getApplicantId() { return applicantId; }
    public String getApplicantName() { return applicantName; }
    public long getSlotId() { return slotId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getInterviewer() { return interviewer; }
    public InterviewDevice getDevice() { return device; }
    public boolean isSeparateTelephone() { return separateTelephone; }
    public boolean isCanAttendNextCohort() { return canAttendNextCohort; }
    public BookingStatus getStatus() { return status; }
    public Instant getBookedAt() { return bookedAt; }
}
