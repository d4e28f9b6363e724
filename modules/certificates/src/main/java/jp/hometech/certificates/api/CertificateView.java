package jp.hometech.certificates.api;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the issue log (C4): which number, who issued it for whom and when, why, what was printed, the hashes. */
public final class CertificateView implements java.io.Serializable {

    private final long id;
    private final String number;
    private final LocalDate issueDate;
    private final Instant issuedAt;
    private final String issuedBy;
    private final boolean issuedByStaff;
    private final long contractorAccountId;
    private final String contractorName;
    private final long contractId;
    private final String contractNumber;
    private final CertificatePurpose purpose;
    private final String purposeNote;
    private final String remarks;
    private final CertificateStatus status;
    private final String reissueOfNumber;
    private final String supersededByNumber;
    private final Instant supersededAt;
    private final String printedData;
    private final String pdfSha256;
    private final String workRecordSha256;
    private final long version;

    public CertificateView(long id, String number, LocalDate issueDate, Instant issuedAt, String issuedBy,
                           boolean issuedByStaff, long contractorAccountId, String contractorName, long contractId,
                           String contractNumber, CertificatePurpose purpose, String purposeNote, String remarks,
                           CertificateStatus status, String reissueOfNumber, String supersededByNumber,
                           Instant supersededAt, String printedData, String pdfSha256, String workRecordSha256,
                           long version) {
        this.id = id;
        this.number = number;
        this.issueDate = issueDate;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.issuedByStaff = issuedByStaff;
        this.contractorAccountId = contractorAccountId;
        this.contractorName = contractorName;
        this.contractId = contractId;
        this.contractNumber = contractNumber;
        this.purpose = purpose;
        this.purposeNote = purposeNote;
        this.remarks = remarks;
        this.status = status;
        this.reissueOfNumber = reissueOfNumber;
        this.supersededByNumber = supersededByNumber;
        this.supersededAt = supersededAt;
        this.printedData = printedData;
        this.pdfSha256 = pdfSha256;
        this.workRecordSha256 = workRecordSha256;
        this.version = version;
    }

    public long getId() { return id; }
    public String getNumber() { return number; }
    /** 証明日: the date printed (Tokyo). */
    public LocalDate getIssueDate() { return issueDate; }
    public Instant getIssuedAt() { return issuedAt; }
    /** User name of who issued it: the contractor (self-service) or a staff member. */
    public String getIssuedBy() { return issuedBy; }
    public boolean isIssuedByStaff() { return issuedByStaff; }
    public long getContractorAccountId() { return contractorAccountId; }
    public String getContractorName() { return contractorName; }
    public long getContractId() { return contractId; }
    public String getContractNumber() { return contractNumber; }
    public CertificatePurpose getPurpose() { return purpose; }
    public String getPurposeNote() { return purposeNote; }
    /** The staff's 備考 line; null when none. */
    public String getRemarks() { return remarks; }
    public CertificateStatus getStatus() { return status; }
    /** The number this one replaced, when it is a reissue. */
    public String getReissueOfNumber() { return reissueOfNumber; }
    /** The number that replaced this one, when superseded. */
    public String getSupersededByNumber() { return supersededByNumber; }
    public Instant getSupersededAt() { return supersededAt; }
    /** Everything the two PDFs print, as JSON. */
    public String getPrintedData() { return printedData; }
    public String getPdfSha256() { return pdfSha256; }
    public String getWorkRecordSha256() { return workRecordSha256; }
    public long getVersion() { return version; }
}
