package jp.hometech.billing.internal.fees;

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
@Table(name = "fee_schedule")
public class FeeSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "valid_from", nullable = false, unique = true)
    private LocalDate validFrom;

    @Column(nullable = false)
    private boolean locked;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FeeLineRecord> lines = new ArrayList<>();

    protected FeeSchedule() {
    }

    public FeeSchedule(LocalDate validFrom, String note, String createdBy, Instant createdAt) {
        this.validFrom = validFrom;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void replaceLines(List<FeeLineRecord> newLines) {
        lines.clear();
        for (int i = 0; i < newLines.size(); i++) {
            FeeLineRecord line = newLines.get(i);
            line.attach(this, i);
            lines.add(line);
        }
    }

    public void lock() {
        locked = true;
    }

    public Long getId() { return id; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public boolean isLocked() { return locked; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
    public String getCreatedBy() { return createdBy; }
    public List<FeeLineRecord> getLines() { return lines; }
}
