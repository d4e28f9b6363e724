package jp.hometech.billing.internal.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** Each download of a month's transfer file: what it held and who took it. */
@Entity
@Table(name = "transfer_download")
public class TransferDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate month;

    @Column(nullable = false)
    private int payees;

    @Column(name = "total_yen", nullable = false)
    private long totalYen;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "downloaded_by", nullable = false, length = 100)
    private String downloadedBy;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected TransferDownload() {
    }

    public TransferDownload(YearMonth month, int payees, long totalYen, String sha256, String downloadedBy, Instant now) {
        this.month = month.atDay(1);
        this.payees = payees;
        this.totalYen = totalYen;
        this.sha256 = sha256;
        this.downloadedBy = downloadedBy;
        this.downloadedAt = now;
    }
}
