package jp.hometech.certificates.internal.content;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportingPeriodTest {

    @Test
    void lastThreeFullMonthsBeforeTheMonthOfIssue_C3() {
        ReportingPeriod period = ReportingPeriod.before(LocalDate.of(2026, 12, 2));

        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)), period.months());
        assertEquals(LocalDate.of(2026, 9, 1), period.from());
        assertEquals(LocalDate.of(2026, 11, 30), period.to());
    }

    @Test
    void lastThreeFullMonthsAcrossTheYearBoundary_C3() {
        assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1)),
                ReportingPeriod.before(LocalDate.of(2027, 2, 10)).months());
        ReportingPeriod january = ReportingPeriod.before(LocalDate.of(2027, 1, 1));
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)), january.months());
        assertEquals(LocalDate.of(2026, 12, 31), january.to());
    }

    @Test
    void theMonthOfIssueItselfIsNeverCountedEvenOnItsLastDay_C3() {
        assertEquals(YearMonth.of(2026, 11), ReportingPeriod.before(LocalDate.of(2026, 12, 31)).last());
    }

    @Test
    void anEndedContractShowsItsLastThreeMonthsUpToTheMonthItEnded_C3() {
        ReportingPeriod period = ReportingPeriod.forCertificate(LocalDate.of(2027, 3, 5), LocalDate.of(2026, 12, 15));

        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)), period.months());
    }

    @Test
    void aContractEndingInTheMonthOfIssueKeepsTheUsualMonths_C3() {
        assertEquals(ReportingPeriod.before(LocalDate.of(2026, 12, 2)),
                ReportingPeriod.forCertificate(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertEquals(ReportingPeriod.before(LocalDate.of(2026, 12, 2)),
                ReportingPeriod.forCertificate(LocalDate.of(2026, 12, 2), null));
    }
}
