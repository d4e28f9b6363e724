package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.recruitment.api.ContractStatus;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_number", nullable = false, length = 30, updatable = false)
    private String contractNumber;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContractStatus status;

    @Column(name = "first_home_based_work", nullable = false)
    private boolean firstHomeBasedWork;

    @Column(name = "contractor_username", nullable = false, length = 64, updatable = false)
    private String contractorUsername;

    @Column(name = "contractor_account_id", updatable = false)
    private Long contractorAccountId;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "concluded_at", nullable = false, updatable = false)
    private Instant concludedAt;

    @Column(name = "concluded_by", nullable = false, length = 64, updatable = false)
    private String concludedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected Contract() {
    }

    Contract(String contractNumber, long applicantId, LocalDate startDate, boolean firstHomeBasedWork,
             String contractorUsername, long contractorAccountId, Instant concludedAt, String concludedBy) {
        this.contractNumber = contractNumber;
        this.applicantId = applicantId;
        this.startDate = startDate;
        this.firstHomeBasedWork = firstHomeBasedWork;
        this.contractorUsername = contractorUsername;
        this.contractorAccountId = contractorAccountId;
        this.concludedAt = concludedAt;
        this.concludedBy = concludedBy;
        this.status = ContractStatus.ACTIVE;
    }

    void suspend(String reason) {
        status = ContractStatus.SUSPENDED;
        statusReason = reason;
    }

    void resume() {
        status = ContractStatus.ACTIVE;
        statusReason = null;
    }

    void end(LocalDate date, String reason) {
        status = ContractStatus.ENDED;
        endDate = date;
        statusReason = reason;
    }

    Long getId() { return id; }
    String getContractNumber() { return contractNumber; }
    long getApplicantId() { return applicantId; }
    LocalDate getStartDate() { return startDate; }
    LocalDate getEndDate() { return endDate; }
    ContractStatus getStatus() { return status; }
    boolean isFirstHomeBasedWork() { return firstHomeBasedWork; }
    String getContractorUsername() { return contractorUsername; }
    Long getContractorAccountId() { return contractorAccountId; }
    String getStatusReason() { return statusReason; }
    Instant getConcludedAt() { return concludedAt; }
    long getVersion() { return version; }
}
