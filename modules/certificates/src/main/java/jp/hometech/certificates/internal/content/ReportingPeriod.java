package jp.hometech.certificates.internal.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months whose working record a certificate prints (standard form No.8): the last {@link #MONTHS} full
 * calendar months before the month of issue. Issued on 2026-12-02: September, October and November 2026;
 * issued on 2027-02-10: November 2026, December 2026 and January 2027.
 */
public record ReportingPeriod(List<YearMonth> months) {

    public static final int MONTHS = 3;

    public ReportingPeriod {
        months = List.copyOf(months);
    }

    public static ReportingPeriod before(LocalDate issueDate) {
        YearMonth issueMonth = YearMonth.from(issueDate);
        List<YearMonth> months = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            months.add(issueMonth.minusMonths(back));
        }
        return new ReportingPeriod(months);
    }

    /**
     * The months a certificate prints: the three before the month of issue or, for a contract that ended
     * before that month, the three up to and including the month it ended (the record of its last months,
     * not months after it).
     */
    public static ReportingPeriod forCertificate(LocalDate issueDate, LocalDate contractEndDate) {
        YearMonth reference = YearMonth.from(issueDate);
        if (contractEndDate != null && YearMonth.from(contractEndDate).isBefore(reference)) {
            reference = YearMonth.from(contractEndDate).plusMonths(1);
        }
        return before(reference.atDay(1));
    }

    public YearMonth first() {
        return months.get(0);
    }

    public YearMonth last() {
        return months.get(months.size() - 1);
    }

    public LocalDate from() {
        return first().atDay(1);
    }

    public LocalDate to() {
        return last().atEndOfMonth();
    }
}
