package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.recruitment.api.InterviewSlotView;

import java.time.Instant;

@Entity
@Table(name = "interview_slot")
public class InterviewSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 100)
    private String interviewer;

    @Column(nullable = false)
    private int capacity;

    /** Maintained by a database trigger on interview_booking; never written from here. */
    @Column(name = "booked_count", nullable = false, insertable = false, updatable = false)
    private int bookedCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected InterviewSlot() {
    }

    InterviewSlot(Instant startsAt, Instant endsAt, String interviewer, int capacity, Instant createdAt, String createdBy) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.interviewer = interviewer;
        this.capacity = capacity;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    InterviewSlotView toView() {
        return new InterviewSlotView(id, startsAt, endsAt, interviewer, capacity, bookedCount, version);
    }

    Long getId() { return id; }
    Instant getStartsAt() { return startsAt; }
    Instant getEndsAt() { return endsAt; }
    String getInterviewer() { return interviewer; }
    int getCapacity() { return capacity; }
    long getVersion() { return version; }
}
