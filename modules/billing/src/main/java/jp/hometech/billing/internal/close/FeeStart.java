package jp.hometech.billing.internal.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** T4: fees are paid from a contractor's first call-training day on. */
@Entity
@Table(name = "fee_start")
public class FeeStart {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    protected FeeStart() {
    }

    public FeeStart(long accountId, LocalDate firstDay) {
        this.accountId = accountId;
        this.firstDay = firstDay;
    }

    public long getAccountId() { return accountId; }
    public LocalDate getFirstDay() { return firstDay; }

    /** An earlier day (a redelivered or corrected event) wins: fees never start later than first recorded. */
    public void earliest(LocalDate day) {
        if (day.isBefore(firstDay)) {
            firstDay = day;
        }
    }
}
