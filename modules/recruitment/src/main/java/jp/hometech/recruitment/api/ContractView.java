package jp.hometech.recruitment.api;

import java.time.Instant;
import java.time.LocalDate;

public final class ContractView implements java.io.Serializable {

    private final long id;
    private final String contractNumber;
    private final long applicantId;
    private final String contractorName;
    private final String contractorNameKana;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final ContractStatus status;
    private final boolean firstHomeBasedWork;
    private final String contractorUsername;
    private final Instant concludedAt;
    private final String statusReason;
    private final long version;

    public ContractView(long id, String contractNumber, long applicantId, String contractorName,
                        String contractorNameKana, LocalDate startDate, LocalDate endDate, ContractStatus status,
                        boolean firstHomeBasedWork, String contractorUsername, Instant concludedAt,
                        String statusReason, long version) {
        this.id = id;
        this.contractNumber = contractNumber;
        this.applicantId = applicantId;
        this.contractorName = contractorName;
        this.contractorNameKana = contractorNameKana;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
        this.firstHomeBasedWork = firstHomeBasedWork;
        this.contractorUsername = contractorUsername;
        this.concludedAt = concludedAt;
        this.statusReason = statusReason;
        this.version = version;
    }

    public long getId() { return id; }
    public String getContractNumber() { return contractNumber; }
    public long getApplicantId() { return applicantId; }
    public String getContractorName() { return contractorName; }
    public String getContractorNameKana() { return contractorNameKana; }
    public LocalDate getStartDate() { return startDate; }
    /** Null until the contract ends. */
    public LocalDate getEndDate() { return endDate; }
    public ContractStatus getStatus() { return status; }
    /** B3: first home-based work for the company, so the new-work incentive applies. */
    public boolean isFirstHomeBasedWork() { return firstHomeBasedWork; }
    public String getContractorUsername() { return contractorUsername; }
    public Instant getConcludedAt() { return concludedAt; }
    /** Why it was last suspended or ended; null otherwise. */
    public String getStatusReason() { return statusReason; }
    public long getVersion() { return version; }
}
