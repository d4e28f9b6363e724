package jp.hometech.certificates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.certificates.api.CertificatePurpose;
import jp.hometech.certificates.api.CertificateStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One issued certificate: its line of the issue log (C4), what it printed and the hashes of its two PDFs. */
@Entity
@Table(name = "certificate")
public class IssuedCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_number", nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "contractor_account_id", nullable = false, updatable = false)
    private long contractorAccountId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "contract_number", nullable = false, length = 30, updatable = false)
    private String contractNumber;

    @Column(name = "contractor_name", nullable = false, length = 100, updatable = false)
    private String contractorName;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @Column(name = "issued_by_staff", nullable = false, updatable = false)
    private boolean issuedByStaff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CertificatePurpose purpose;

    @Column(name = "purpose_note", length = 100, updatable = false)
    private String purposeNote;

    @Column(length = 100, updatable = false)
    private String remarks;

    @Column(name = "printed_end_date", updatable = false)
    private LocalDate printedEndDate;

    @Column(name = "printed_data", nullable = false, updatable = false, columnDefinition = "text")
    private String printedData;

    @Column(name = "pdf_sha256", nullable = false, length = 64, updatable = false)
    private String pdfSha256;

    @Column(name = "work_record_sha256", nullable = false, length = 64, updatable = false)
    private String workRecordSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificateStatus status;

    @Column(name = "reissue_of_id", updatable = false)
    private Long reissueOfId;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected IssuedCertificate() {
    }

    IssuedCertificate(String number, String tokenHash, long contractorAccountId, long contractId, String contractNumber,
                      String contractorName, LocalDate issueDate, Instant issuedAt, String issuedBy,
                      boolean issuedByStaff, CertificatePurpose purpose, String purposeNote, String remarks,
                      LocalDate printedEndDate, String printedData, String pdfSha256, String workRecordSha256,
                      Long reissueOfId) {
        this.number = number;
        this.tokenHash = tokenHash;
        this.contractorAccountId = contractorAccountId;
        this.contractId = contractId;
        this.contractNumber = contractNumber;
        this.contractorName = contractorName;
        this.issueDate = issueDate;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.issuedByStaff = issuedByStaff;
        this.purpose = purpose;
        this.purposeNote = purposeNote;
        this.remarks = remarks;
        this.printedEndDate = printedEndDate;
        this.printedData = printedData;
        this.pdfSha256 = pdfSha256;
        this.workRecordSha256 = workRecordSha256;
        this.reissueOfId = reissueOfId;
        this.status = CertificateStatus.VALID;
    }

    void supersede(long replacementId, Instant when) {
        status = CertificateStatus.SUPERSEDED;
        supersededById = replacementId;
        supersededAt = when;
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    String getTokenHash() { return tokenHash; }
    long getContractorAccountId() { return contractorAccountId; }
    long getContractId() { return contractId; }
    String getContractNumber() { return contractNumber; }
    String getContractorName() { return contractorName; }
    LocalDate getIssueDate() { return issueDate; }
    Instant getIssuedAt() { return issuedAt; }
    String getIssuedBy() { return issuedBy; }
    boolean isIssuedByStaff() { return issuedByStaff; }
    CertificatePurpose getPurpose() { return purpose; }
    String getPurposeNote() { return purposeNote; }
    String getRemarks() { return remarks; }
    LocalDate getPrintedEndDate() { return printedEndDate; }
    String getPrintedData() { return printedData; }
    String getPdfSha256() { return pdfSha256; }
    String getWorkRecordSha256() { return workRecordSha256; }
    CertificateStatus getStatus() { return status; }
    Long getReissueOfId() { return reissueOfId; }
    Long getSupersededById() { return supersededById; }
    Instant getSupersededAt() { return supersededAt; }
    long getVersion() { return version; }
}
