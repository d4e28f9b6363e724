package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.hometech.recruitment.api.BookingStatus;
import jp.hometech.recruitment.api.BookingView;
import jp.hometech.recruitment.api.InterviewDevice;

import java.time.Instant;

@Entity
@Table(name = "interview_booking")
public class InterviewBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
    private Applicant applicant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id", nullable = false, updatable = false)
    private InterviewSlot slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InterviewDevice device;

    @Column(name = "separate_telephone", nullable = false)
    private boolean separateTelephone;

    @Column(name = "can_attend_next_cohort", nullable = false)
    private boolean canAttendNextCohort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BookingStatus status;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected InterviewBooking() {
    }

    InterviewBooking(Applicant applicant, InterviewSlot slot, InterviewDevice device, boolean separateTelephone,
                     boolean canAttendNextCohort, Instant bookedAt) {
        this.applicant = applicant;
        this.slot = slot;
        this.device = device;
        this.separateTelephone = separateTelephone;
        this.canAttendNextCohort = canAttendNextCohort;
        this.status = BookingStatus.ACTIVE;
        this.bookedAt = bookedAt;
    }

    void cancel(Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
    }

    void complete() {
        status = BookingStatus.COMPLETED;
    }

    BookingView toView() {
        return new BookingView(id, applicant.getId(), applicant.getNameKanji(), slot.getId(), slot.getStartsAt(),
                slot.getEndsAt(), slot.getInterviewer(), device, separateTelephone, canAttendNextCohort, status, bookedAt);
    }

    Long getId() { return id; }
    Applicant getApplicant() { return applicant; }
    InterviewSlot getSlot() { return slot; }
    BookingStatus getStatus() { return status; }
}
