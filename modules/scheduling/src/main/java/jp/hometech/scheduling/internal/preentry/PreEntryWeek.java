package jp.hometech.scheduling.internal.preentry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "pre_entry_week")
public class PreEntryWeek {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contractor_account_id", nullable = false, updatable = false)
    private long contractorAccountId;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "week", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("entryDate, startTime")
    private List<PreEntrySlotRecord> slots = new ArrayList<>();

    protected PreEntryWeek() {
    }

    PreEntryWeek(long contractorAccountId, LocalDate weekStart) {
        this.contractorAccountId = contractorAccountId;
        this.weekStart = weekStart;
    }

    void touched(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    public Long getId() { return id; }
    public long getContractorAccountId() { return contractorAccountId; }
    public LocalDate getWeekStart() { return weekStart; }
    public long getVersion() { return version; }
    List<PreEntrySlotRecord> getSlots() { return slots; }
}
