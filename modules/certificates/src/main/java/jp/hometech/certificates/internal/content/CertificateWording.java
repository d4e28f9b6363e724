package jp.hometech.certificates.internal.content;

import jp.hometech.certificates.api.CertificatePurpose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Japanese text of the certificate, block by block as the standard 就労証明書 asks (C1, C3): what a
 * business contract is called, its term and state on the date of issue, the place, the work, the hours and
 * the record. Kept apart from the layout so the wording of every case can be tested as text.
 */
public final class CertificateWording {

    public static final String TITLE = "業務委託契約証明書";
    public static final String WORK_RECORD_TITLE = "就労実績表";
    public static final String INDUSTRY = "情報通信業";
    /** C1: a business contract, not employment; the words the nursery reads instead of an employment type. */
    public static final String CONTRACT_TYPE = "業務委託契約（雇用関係はありません）";
    public static final String PLACE = "本人の自宅（在宅）";
    public static final String WORK = "OCN（インターネット接続サービス）の電話によるテクニカルサポート業務（在宅）";
    /** S1: every day, weekends and holidays included; no night work. */
    public static final String BUSINESS_HOURS = "10:00～17:00（土曜・日曜・祝日を含む毎日。夜間の業務はありません）";
    /** S2: no shifts; the contractor declares each week ahead. */
    public static final String PATTERN = "シフト制ではなく、本人が週ごとに事前に申告した日時に就業します（変則）";
    public static final String TERM = "無期（期間の定めなし）";
    public static final String INTRODUCTION = "下記の者と当社との間で、下記のとおり業務委託契約を締結していることを証明します。";
    public static final String VERIFY_NOTE = "このQRコードまたは下記URLから、本証明書が当社の発行した有効なものかを確認できます。";

    private CertificateWording() {
    }

    /** 契約終了日: none yet, a planned end, or the day it ended. */
    public static String endDate(CertificateContent content) {
        if (content.endDate() == null) {
            return "定めなし";
        }
        String date = Wareki.both(content.endDate());
        return content.endedByIssueDate() ? date : date + "（終了予定）";
    }

    /** The state of the contract on the date of issue, said plainly. */
    public static String validity(CertificateContent content) {
        String start = Wareki.date(content.startDate());
        if (content.startDate().isAfter(content.issueDate()) && content.state() != ContractState.ENDED) {
            return "本契約は" + start + "から開始します（本証明日現在、就労開始前です）。";
        }
        return switch (content.state()) {
            case ACTIVE -> "本証明日現在、本契約は有効です（" + start + "から）。";
            case SUSPENDED -> "本証明日現在、本契約は有効ですが、業務を休止しています（" + start + "から契約）。";
            case ENDED -> content.endedByIssueDate()
                    ? "本契約は" + start + "から" + Wareki.date(content.endDate()) + "まで有効でした（本証明日現在、終了しています）。"
                    : "本証明日現在、本契約は有効です（" + start + "から）。" + Wareki.date(content.endDate()) + "をもって終了します。";
        };
    }

    /** Standard form No.14: renewal after the term. */
    public static String renewal(CertificateContent content) {
        return content.state() == ContractState.ENDED ? "無（本契約は終了しています、または終了予定です）"
                : "該当なし（期間の定めのない契約です）";
    }

    /** Standard form No.9–13 (leave): a suspension is said as such; otherwise none. */
    public static String leave(CertificateContent content) {
        return content.state() == ContractState.SUSPENDED ? "本証明日現在、業務を休止しています（業務委託契約のため休業制度はありません）"
                : "該当なし";
    }

    public static String monthLabel(MonthLine line) {
        return Wareki.month(line.month());
    }

    public static String monthDays(MonthLine line) {
        return line.beforeContract() ? "—" : line.daysWorked() + "日";
    }

    public static String monthHours(MonthLine line) {
        return line.beforeContract() ? "—（契約開始前）" : Durations.hoursAndMinutes(line.minutesWorked());
    }

    /** Days worked per week on average over the part of the reporting months the contract covered, one decimal. */
    public static Optional<BigDecimal> averageDaysPerWeek(CertificateContent content) {
        long span = contractDaysInPeriod(content);
        if (span <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(content.totalDays() * 7L).divide(BigDecimal.valueOf(span), 1, RoundingMode.HALF_UP));
    }

    /** Minutes worked per month on average over the reporting months the contract covered (any part of). */
    public static Optional<Long> averageMinutesPerMonth(CertificateContent content) {
        long months = content.months().stream().filter(m -> !m.beforeContract()).count();
        if (months == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(content.totalMinutes())
                .divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public static String averageDaysText(CertificateContent content) {
        return averageDaysPerWeek(content).map(d -> "1週あたり平均 " + Durations.decimal(d) + "日（直近3か月の実績）")
                .orElse("実績期間なし（契約開始前）");
    }

    public static String averageHoursText(CertificateContent content) {
        return averageMinutesPerMonth(content).map(m -> "1か月あたり平均 " + Durations.hoursAndMinutes(m) + "（直近3か月の実績）")
                .orElse("実績期間なし（契約開始前）");
    }

    public static String purpose(CertificatePurpose purpose, String note) {
        String text = switch (purpose) {
            case NURSERY -> "保育所等の利用申込み・継続（保育園への提出）";
            case AFTER_SCHOOL_CLUB -> "放課後児童クラブ（学童保育）への提出";
            case MUNICIPALITY -> "市区町村など公的機関への提出";
            case OTHER -> "その他";
        };
        return note == null || note.isBlank() ? text : text + "：" + note;
    }

    /** The 備考 block, one entry per line. */
    public static List<String> remarks(CertificateContent content) {
        List<String> lines = new ArrayList<>();
        lines.add(CONTRACT_TYPE + "。本人は当社に雇用されている者ではなく、当社から業務を受託しています。");
        lines.add("提出目的：" + purpose(content.purpose(), content.purposeNote()));
        if (content.remarks() != null && !content.remarks().isBlank()) {
            lines.add(content.remarks());
        }
        lines.add("日ごとの就労実績は、別紙「" + WORK_RECORD_TITLE + "」（証明書番号 " + content.number() + "）のとおりです。");
        return lines;
    }

    /** 対象期間 of the 就労実績表. */
    public static String period(ReportingPeriod period) {
        return Wareki.western(period.from()) + "～" + Wareki.western(period.to());
    }

    private static long contractDaysInPeriod(CertificateContent content) {
        LocalDate from = later(content.period().from(), content.startDate());
        LocalDate to = content.endDate() == null ? content.period().to() : earlier(content.period().to(), content.endDate());
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
