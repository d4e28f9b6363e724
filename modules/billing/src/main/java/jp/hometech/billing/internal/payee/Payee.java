package jp.hometech.billing.internal.payee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contractor's billing details by platform account id: for now the invoice registration number. */
@Entity
@Table(name = "payee")
public class Payee {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "invoice_number", length = 14)
    private String invoiceNumber;

    @Version
    private long version;

    protected Payee() {
    }

    public Payee(long accountId) {
        this.accountId = accountId;
    }

    public long getAccountId() { return accountId; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public long getVersion() { return version; }
}
