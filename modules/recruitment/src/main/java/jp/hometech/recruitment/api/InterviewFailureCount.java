package jp.hometech.recruitment.api;

/** How many failed interviews one deciding reason decided; {@code reasonCode} null for the R4c topics. */
public final class InterviewFailureCount implements java.io.Serializable {

    private final InterviewFailureBasis basis;
    private final String reasonCode;
    private final String nameJa;
    private final String nameEn;
    private final long count;

    public InterviewFailureCount(InterviewFailureBasis basis, String reasonCode, String nameJa, String nameEn, long count) {
        this.basis = basis;
        this.reasonCode = reasonCode;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.count = count;
    }

    public InterviewFailureBasis getBasis() { return basis; }
    public String getReasonCode() { return reasonCode; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public long getCount() { return count; }
}
