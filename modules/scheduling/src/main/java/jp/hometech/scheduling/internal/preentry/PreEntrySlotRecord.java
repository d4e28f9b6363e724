package jp.hometech.scheduling.internal.preentry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.hometech.scheduling.api.PreEntrySlot;

import java.time.LocalDate;
import java.time.LocalTime;

@Entity
@Table(name = "pre_entry_slot")
public class PreEntrySlotRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "week_id", nullable = false)
    private PreEntryWeek week;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected PreEntrySlotRecord() {
    }

    PreEntrySlotRecord(PreEntryWeek week, PreEntrySlot slot) {
        this.week = week;
        this.entryDate = slot.getDate();
        this.startTime = slot.getStart();
        this.endTime = slot.getEnd();
    }

    PreEntrySlot view() {
        return new PreEntrySlot(entryDate, startTime, endTime);
    }
}
