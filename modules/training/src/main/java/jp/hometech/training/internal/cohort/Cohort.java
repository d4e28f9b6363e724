package jp.hometech.training.internal.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.training.api.CohortStatus;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CohortStatus status = CohortStatus.PLANNED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** E4: the trainer's date for the line; null for the default ({@link CohortReads#defaultLineReadyBy}). */
    @Column(name = "line_ready_by")
    private LocalDate lineReadyBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected Cohort() {
    }

    public Cohort(LocalDate startDate, int capacity, Instant createdAt, String createdBy) {
        this.startDate = startDate;
        this.capacity = capacity;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public LocalDate getStartDate() { return startDate; }
    public int getCapacity() { return capacity; }
    public CohortStatus getStatus() { return status; }
    public long getVersion() { return version; }
    public LocalDate getLineReadyBy() { return lineReadyBy; }

    public void setLineReadyBy(LocalDate lineReadyBy) { this.lineReadyBy = lineReadyBy; }

    public void setCapacity(int capacity) { this.capacity = capacity; }
    public void setStatus(CohortStatus status) { this.status = status; }
}
