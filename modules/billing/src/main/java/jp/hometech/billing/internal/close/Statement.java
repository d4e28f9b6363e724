package jp.hometech.billing.internal.close;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jp.hometech.billing.internal.statement.CalculatedLine;
import jp.hometech.billing.internal.statement.CalculatedStatement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate month;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "payee_name", nullable = false, length = 200)
    private String payeeName;

    @Column(name = "contract_number", nullable = false, length = 30)
    private String contractNumber;

    @Column(nullable = false)
    private LocalDate payday;

    @Column(nullable = false)
    private long calls;

    @Column(nullable = false)
    private long minutes;

    @Column(name = "days_worked", nullable = false)
    private int daysWorked;

    @Column(name = "subtotal_yen", nullable = false)
    private long subtotalYen;

    @Column(name = "tax_yen", nullable = false)
    private long taxYen;

    @Column(name = "total_yen", nullable = false)
    private long totalYen;

    @Column(name = "invoice_number", length = 14)
    private String invoiceNumber;

    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StatementLineRecord> lines = new ArrayList<>();

    protected Statement() {
    }

    public Statement(CalculatedStatement calculated, String payeeName, String contractNumber, String invoiceNumber) {
        this.payeeName = payeeName;
        this.contractNumber = contractNumber;
        this.month = calculated.month().atDay(1);
        this.accountId = calculated.accountId();
        this.payday = calculated.payday();
        this.calls = calculated.callsHandled();
        this.minutes = calculated.minutesWorked();
        this.daysWorked = calculated.daysWorked();
        this.subtotalYen = calculated.subtotalYen();
        this.taxYen = calculated.taxYen();
        this.totalYen = calculated.totalYen();
        this.invoiceNumber = invoiceNumber;
        int position = 0;
        for (CalculatedLine line : calculated.lines()) {
            lines.add(new StatementLineRecord(this, position++, line));
        }
    }

    public void attachPdf(byte[] document, String sha256) {
        this.pdf = document;
        this.pdfSha256 = sha256;
    }

    public Long getId() { return id; }
    public YearMonth getMonth() { return YearMonth.from(month); }
    public long getAccountId() { return accountId; }
    public String getPayeeName() { return payeeName; }
    public String getContractNumber() { return contractNumber; }
    public LocalDate getPayday() { return payday; }
    public long getCalls() { return calls; }
    public long getMinutes() { return minutes; }
    public int getDaysWorked() { return daysWorked; }
    public long getSubtotalYen() { return subtotalYen; }
    public long getTaxYen() { return taxYen; }
    public long getTotalYen() { return totalYen; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public byte[] getPdf() { return pdf; }
    public String getPdfSha256() { return pdfSha256; }
    public List<StatementLineRecord> getLines() { return lines; }
}
