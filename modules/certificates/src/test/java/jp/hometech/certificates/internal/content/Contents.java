package jp.hometech.certificates.internal.content;

import jp.hometech.certificates.api.CertificatePurpose;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Test data: a certificate's content as the service would gather it, with what a test changes. */
public final class Contents {

    public static final Issuer ISSUER = new Issuer("株式会社ホームテック", "代表取締役 佐藤 一郎",
            "東京都千代田区丸の内一丁目1番1号 ホームテックビル5階", "03-1234-5678", "業務管理部 鈴木 花子",
            "certificates@example.jp");

    private String number = "BC-2026-000001";
    private LocalDate issueDate = LocalDate.of(2026, 12, 2);
    private String nameKana = "ヤマダ ハナコ";
    private String name = "山田 花子";
    private LocalDate birthDate = LocalDate.of(1990, 4, 15);
    private LocalDate startDate = LocalDate.of(2025, 4, 1);
    private LocalDate endDate;
    private ContractState state = ContractState.ACTIVE;
    private String remarks;
    private final List<DayLine> days = new ArrayList<>();

    public static Contents active() {
        return new Contents();
    }

    public Contents number(String value) { number = value; return this; }
    public Contents issuedOn(LocalDate value) { issueDate = value; return this; }
    public Contents name(String value) { name = value; return this; }
    public Contents startingOn(LocalDate value) { startDate = value; return this; }
    public Contents remarks(String value) { remarks = value; return this; }

    public Contents suspended() {
        state = ContractState.SUSPENDED;
        return this;
    }

    public Contents endedOn(LocalDate value) {
        state = ContractState.ENDED;
        endDate = value;
        return this;
    }

    /** A day worked from {@code from} to {@code to}. */
    public Contents worked(LocalDate date, String from, String to) {
        LocalTime start = LocalTime.parse(from);
        LocalTime end = LocalTime.parse(to);
        days.add(new DayLine(date, start, end, java.time.Duration.between(start, end).toMinutes()));
        return this;
    }

    /** Every day of the reporting months on which {@code everyNthDay} divides the day of month, 10:00–13:30. */
    public Contents workedEvery(int everyNthDay) {
        ReportingPeriod period = ReportingPeriod.forCertificate(issueDate, endDate);
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            if (d.getDayOfMonth() % everyNthDay == 0 && !d.isBefore(startDate) && (endDate == null || !d.isAfter(endDate))) {
                worked(d, "10:00", "13:30");
            }
        }
        return this;
    }

    public CertificateContent build() {
        ReportingPeriod period = ReportingPeriod.forCertificate(issueDate, endDate);
        List<MonthLine> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            List<DayLine> inMonth = days.stream().filter(d -> YearMonth.from(d.date()).equals(month)).toList();
            months.add(new MonthLine(month, month.atEndOfMonth().isBefore(startDate), inMonth.size(),
                    inMonth.stream().mapToLong(DayLine::minutesWorked).sum()));
        }
        return new CertificateContent(number, issueDate, ISSUER, nameKana, name, birthDate, "HT2025-00042", startDate,
                endDate, state, period, months, days, CertificatePurpose.NURSERY, null, remarks,
                "https://backoffice.example.jp/verify/index.xhtml?t=Zm9vYmFyYmF6cXV1eGNvcmdlZ3JhdWx0Z2FycGx5");
    }
}
