package jp.hometech.scheduling.internal.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.scheduling.api.WorkSessionView;

import java.time.LocalDate;
import java.time.LocalTime;

/** One work session as the telephony system reported it. */
@Entity
@Table(name = "work_record")
public class WorkRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contractor_account_id", nullable = false, updatable = false)
    private long contractorAccountId;

    @Column(name = "contract_number", nullable = false, length = 30, updatable = false)
    private String contractNumber;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    private LocalTime endTime;

    @Column(nullable = false, updatable = false)
    private int calls;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    protected WorkRecord() {
    }

    WorkRecord(long contractorAccountId, String contractNumber, LocalDate workDate, LocalTime startTime,
               LocalTime endTime, int calls, long importId) {
        this.contractorAccountId = contractorAccountId;
        this.contractNumber = contractNumber;
        this.workDate = workDate;
        this.startTime = startTime;
        this.endTime = endTime;
        this.calls = calls;
        this.importId = importId;
    }

    public LocalDate getWorkDate() { return workDate; }

    public WorkSessionView view() {
        return new WorkSessionView(contractNumber, startTime, endTime, calls);
    }
}
