package jp.hometech.certificates.internal.content;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateWordingTest {

    @Test
    void anActiveContractIsInForceSinceItsStartWithNoEndDate_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2025, 4, 1)).build();

        assertEquals("本証明日現在、本契約は有効です（令和7年4月1日から）。", CertificateWording.validity(content));
        assertEquals("定めなし", CertificateWording.endDate(content));
        assertEquals("該当なし（期間の定めのない契約です）", CertificateWording.renewal(content));
        assertEquals("該当なし", CertificateWording.leave(content));
    }

    @Test
    void aBusinessContractSaysPlainlyThatItIsNotEmployment_C1() {
        CertificateContent content = Contents.active().build();

        assertEquals("業務委託契約（雇用関係はありません）", CertificateWording.CONTRACT_TYPE);
        assertTrue(CertificateWording.remarks(content).get(0).startsWith("業務委託契約（雇用関係はありません）。"));
    }

    @Test
    void anEndedContractWasInForceFromItsStartToItsEnd_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2024, 6, 1))
                .endedOn(LocalDate.of(2026, 10, 31)).build();

        assertTrue(content.endedByIssueDate());
        assertEquals("本契約は令和6年6月1日から令和8年10月31日まで有効でした（本証明日現在、終了しています）。",
                CertificateWording.validity(content));
        assertEquals("令和8年10月31日（2026年10月31日）", CertificateWording.endDate(content));
        assertEquals("無（本契約は終了しています、または終了予定です）", CertificateWording.renewal(content));
    }

    @Test
    void aContractEndingAfterTheDateOfIssueIsStillInForceAndSaysWhenItEnds_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2025, 4, 1))
                .endedOn(LocalDate.of(2026, 12, 31)).build();

        assertEquals("本証明日現在、本契約は有効です（令和7年4月1日から）。令和8年12月31日をもって終了します。",
                CertificateWording.validity(content));
        assertEquals("令和8年12月31日（2026年12月31日）（終了予定）", CertificateWording.endDate(content));
    }

    @Test
    void aSuspendedContractSaysSoInItsStateAndInTheLeaveBlock_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2025, 4, 1)).suspended().build();

        assertEquals("本証明日現在、本契約は有効ですが、業務を休止しています（令和7年4月1日から契約）。",
                CertificateWording.validity(content));
        assertTrue(CertificateWording.leave(content).startsWith("本証明日現在、業務を休止しています"));
        assertEquals("該当なし（期間の定めのない契約です）", CertificateWording.renewal(content));
    }

    @Test
    void aContractStartingAfterTheDateOfIssueSaysWhenWorkBegins_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2027, 1, 5)).build();

        assertEquals("本契約は令和9年1月5日から開始します（本証明日現在、就労開始前です）。", CertificateWording.validity(content));
    }

    @Test
    void monthsBeforeTheStartAreMarkedAndLeftOutOfTheAverages_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2026, 10, 16))
                .worked(LocalDate.of(2026, 10, 20), "10:00", "15:00")
                .worked(LocalDate.of(2026, 11, 3), "10:00", "12:30")
                .worked(LocalDate.of(2026, 11, 7), "13:00", "17:00").build();

        MonthLine september = content.months().get(0);
        assertTrue(september.beforeContract());
        assertEquals("—（契約開始前）", CertificateWording.monthHours(september));
        assertEquals("5時間", CertificateWording.monthHours(content.months().get(1)));
        assertEquals("6時間30分", CertificateWording.monthHours(content.months().get(2)));
        // 11 h 30 min over October and November
        assertEquals(345L, CertificateWording.averageMinutesPerMonth(content).orElseThrow());
        // 3 days over 16 Oct – 30 Nov (46 days): 3 × 7 ÷ 46 = 0.46 → 0.5
        assertEquals(new BigDecimal("0.5"), CertificateWording.averageDaysPerWeek(content).orElseThrow());
        assertEquals("1か月あたり平均 5時間45分（直近3か月の実績）", CertificateWording.averageHoursText(content));
    }

    @Test
    void aContractStartingInTheMonthOfIssueHasNoRecordYet_C3() {
        CertificateContent content = Contents.active().startingOn(LocalDate.of(2026, 12, 1)).build();

        assertTrue(content.months().stream().allMatch(MonthLine::beforeContract));
        assertEquals("実績期間なし（契約開始前）", CertificateWording.averageDaysText(content));
        assertEquals("実績期間なし（契約開始前）", CertificateWording.averageHoursText(content));
    }

    @Test
    void theStaffRemarkAndThePurposeAreInTheRemarksBlock_C4() {
        CertificateContent content = Contents.active().remarks("令和9年4月入園申込み用").build();

        assertEquals(4, CertificateWording.remarks(content).size());
        assertEquals("提出目的：保育所等の利用申込み・継続（保育園への提出）", CertificateWording.remarks(content).get(1));
        assertEquals("令和9年4月入園申込み用", CertificateWording.remarks(content).get(2));
        assertTrue(CertificateWording.remarks(content).get(3).contains("就労実績表"));
        assertTrue(CertificateWording.remarks(content).get(3).contains("BC-2026-000001"));
    }
}
