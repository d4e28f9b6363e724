package jp.hometech.certificates.internal.content;

import jp.hometech.certificates.api.CertificatePurpose;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one issue prints, gathered before rendering so the two PDFs and the issue log's record of
 * "the data printed" come from the same values.
 *
 * @param endDate the contract's end date, null while it has none
 * @param days    every day worked in the reporting months (for the 就労実績表), in date order
 * @param remarks the staff's 備考 line, null for none
 */
public record CertificateContent(String number, LocalDate issueDate, Issuer issuer,
                                 String contractorNameKana, String contractorName, LocalDate contractorBirthDate,
                                 String contractNumber, LocalDate startDate, LocalDate endDate, ContractState state,
                                 ReportingPeriod period, List<MonthLine> months, List<DayLine> days,
                                 CertificatePurpose purpose, String purposeNote, String remarks,
                                 String verificationUrl) {

    public CertificateContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(state, "state");
        months = List.copyOf(months);
        days = List.copyOf(days);
    }

    /** The contract had ended by the date of issue: the certificate says "was in force from … to …". */
    public boolean endedByIssueDate() {
        return state == ContractState.ENDED && endDate != null && endDate.isBefore(issueDate);
    }

    public long totalMinutes() {
        return months.stream().mapToLong(MonthLine::minutesWorked).sum();
    }

    public int totalDays() {
        return months.stream().mapToInt(MonthLine::daysWorked).sum();
    }
}
