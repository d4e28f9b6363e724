package jp.hometech.certificates.api;

/** What the certificate is for, as the contractor or staff choose it; printed in the 備考 block. */
public enum CertificatePurpose {
    /** 保育所等の利用申込み・継続（保育園への提出）. */
    NURSERY,
    /** 放課後児童クラブ（学童保育）への提出. */
    AFTER_SCHOOL_CLUB,
    /** 市区町村など公的機関への提出. */
    MUNICIPALITY,
    /** その他: the note says what for. */
    OTHER;

    public String getMessageKey() {
        return "certificates.purpose." + name();
    }
}
