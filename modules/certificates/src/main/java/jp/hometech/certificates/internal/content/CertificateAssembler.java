package jp.hometech.certificates.internal.content;

import jp.hometech.certificates.api.IssueCommand;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.MonthlyWorkSummary;
import jp.hometech.scheduling.api.WorkDayView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts one certificate's content together from the contract (recruitment) and the working record (scheduling). */
public final class CertificateAssembler {

    private CertificateAssembler() {
    }

    /** The reporting months for a contract on the date of issue (the three before it, or before its end). */
    public static ReportingPeriod period(ContractView contract, LocalDate issueDate) {
        return ReportingPeriod.forCertificate(issueDate, contract.getStatus() == ContractStatus.ENDED ? contract.getEndDate() : null);
    }

    public static CertificateContent content(String number, LocalDate issueDate, Issuer issuer, ContractView contract,
                                             LocalDate birthDate, ReportingPeriod period,
                                             List<MonthlyWorkSummary> months, List<WorkDayView> days,
                                             IssueCommand command, String remarks, String verificationUrl) {
        Map<YearMonth, MonthlyWorkSummary> byMonth = months.stream()
                .collect(Collectors.toMap(MonthlyWorkSummary::getMonth, Function.identity(), (a, b) -> a));
        List<MonthLine> monthLines = period.months().stream().map(month -> {
            MonthlyWorkSummary summary = byMonth.get(month);
            boolean beforeContract = month.atEndOfMonth().isBefore(contract.getStartDate());
            return new MonthLine(month, beforeContract, summary == null ? 0 : summary.getDaysWorked(),
                    summary == null ? 0 : summary.getMinutesWorked());
        }).toList();
        List<DayLine> dayLines = days.stream()
                .filter(day -> !day.getDate().isBefore(period.from()) && !day.getDate().isAfter(period.to()))
                .sorted(Comparator.comparing(WorkDayView::getDate))
                .map(day -> new DayLine(day.getDate(), day.getFirstStart(), day.getLastEnd(), day.getMinutesWorked()))
                .toList();
        return new CertificateContent(number, issueDate, issuer, contract.getContractorNameKana(),
                contract.getContractorName(), birthDate, contract.getContractNumber(), contract.getStartDate(),
                contract.getStatus() == ContractStatus.ENDED ? contract.getEndDate() : null, state(contract.getStatus()),
                period, monthLines, dayLines, command.purpose(), command.purposeNote(), remarks, verificationUrl);
    }

    static ContractState state(ContractStatus status) {
        return switch (status) {
            case ACTIVE -> ContractState.ACTIVE;
            case SUSPENDED -> ContractState.SUSPENDED;
            case ENDED -> ContractState.ENDED;
        };
    }
}
