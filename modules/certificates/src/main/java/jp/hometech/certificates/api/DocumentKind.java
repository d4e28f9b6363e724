package jp.hometech.certificates.api;

/** The two PDFs of one issue, under the same certificate number. */
public enum DocumentKind {
    /** 業務委託契約証明書: one A4 page. */
    CERTIFICATE("certificate"),
    /** 就労実績表: each day worked in the certificate's three months, with its hours. */
    WORK_RECORD("work-record");

    private final String fileStem;

    DocumentKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** E.g. certificate-BC2026-000001.pdf. */
    public String fileName(String certificateNumber) {
        return fileStem + "-" + certificateNumber + ".pdf";
    }

    public String getMessageKey() {
        return "certificates.document." + name();
    }
}
