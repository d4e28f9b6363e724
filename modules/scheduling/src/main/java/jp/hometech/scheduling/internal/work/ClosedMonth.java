package jp.hometech.scheduling.internal.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "closed_month")
public class ClosedMonth {

    /** The first day of the month. */
    @Id
    @Column(name = "month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, length = 64, updatable = false)
    private String closedBy;

    protected ClosedMonth() {
    }

    ClosedMonth(LocalDate month, Instant closedAt, String closedBy) {
        this.month = month;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
    }

    public LocalDate getMonth() { return month; }
}
