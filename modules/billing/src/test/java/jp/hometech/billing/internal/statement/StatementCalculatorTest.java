package jp.hometech.billing.internal.statement;

import jp.hometech.billing.api.FeeUnit;
import jp.hometech.billing.api.StatementLineKind;
import jp.hometech.platform.api.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final LocalDate PAYDAY = LocalDate.of(2027, 4, 30);
    private static final PricedSchedule OLD = new PricedSchedule(1, LocalDate.of(2026, 4, 1), List.of(
            new FeeLine("CALL", "対応件数", "Calls handled", FeeUnit.PER_CALL, 150),
            new FeeLine("HOUR", "稼働時間", "Hours worked", FeeUnit.PER_HOUR, 1_000)));
    private static final PricedSchedule NEW = new PricedSchedule(2, LocalDate.of(2027, 3, 16), List.of(
            new FeeLine("CALL", "対応件数", "Calls handled", FeeUnit.PER_CALL, 160),
            new FeeLine("HOUR", "稼働時間", "Hours worked", FeeUnit.PER_HOUR, 1_100),
            new FeeLine("DAY", "稼働日手当", "Per day worked", FeeUnit.PER_WORKED_DAY, 200)));

    private final StatementCalculator calculator = new StatementCalculator(List.of(OLD, NEW));

    @Test
    void eachDayIsPricedByTheScheduleInForceOnItsDate_B1() {
        var contractor = new ContractorMonth(7, false, LocalDate.of(2027, 1, 10), List.of(
                new DailyWork(LocalDate.of(2027, 3, 15), 300, 20),
                new DailyWork(LocalDate.of(2027, 3, 16), 150, 10)));

        CalculatedStatement statement = calculator.calculate(MARCH, PAYDAY, contractor, List.of());

        assertEquals(List.of(20 * 150L, 300 * 1_000L / 60, 10 * 160L, 150 * 1_100L / 60, 200L),
                statement.lines().stream().map(CalculatedLine::amountYen).toList());
        assertEquals(List.of(1L, 1L, 2L, 2L, 2L), statement.lines().stream().map(CalculatedLine::scheduleId).toList());
        assertEquals(3_000 + 5_000 + 1_600 + 2_750 + 200, statement.subtotalYen());
        assertEquals(statement.subtotalYen() / 10, statement.taxYen());
    }

    @Test
    void hoursAreSummedInMinutesAndRoundedDownOncePerLine_B1() {
        // 1,234 minutes at 1,100 yen an hour = 22,623.33… yen: 22,623, not the sum of per-day roundings.
        var contractor = new ContractorMonth(7, false, LocalDate.of(2027, 1, 10), List.of(
                new DailyWork(LocalDate.of(2027, 3, 20), 617, 0),
                new DailyWork(LocalDate.of(2027, 3, 21), 617, 0)));

        CalculatedStatement statement = calculator.calculate(MARCH, PAYDAY, contractor, List.of());

        CalculatedLine hours = statement.lines().stream().filter(l -> l.code().equals("HOUR")).findFirst().orElseThrow();
        assertEquals(1_234, hours.quantity());
        assertEquals(22_623, hours.amountYen());
    }

    @Test
    void workBeforeTheFirstCallTrainingDayIsNotPaid_T4_B1() {
        var contractor = new ContractorMonth(7, false, LocalDate.of(2027, 3, 20), List.of(
                new DailyWork(LocalDate.of(2027, 3, 19), 300, 20),
                new DailyWork(LocalDate.of(2027, 3, 20), 60, 3)));

        CalculatedStatement statement = calculator.calculate(MARCH, PAYDAY, contractor, List.of());

        assertEquals(3, statement.callsHandled());
        assertEquals(60, statement.minutesWorked());
        assertEquals(3 * 160 + 1_100 + 200, statement.subtotalYen());
    }

    @Test
    void noCallTrainingYetMeansNoFeesAtAll_T4() {
        var contractor = new ContractorMonth(7, true, null, List.of(new DailyWork(LocalDate.of(2027, 3, 19), 300, 20)));

        CalculatedStatement statement = calculator.calculate(MARCH, PAYDAY, contractor, List.of());

        assertEquals(List.of(), statement.lines());
        assertEquals(0, statement.totalYen());
    }

    @Test
    void theIncentiveAndAdjustmentsAreLinesOfTheirOwn_B3_B4() {
        var contractor = new ContractorMonth(7, true, LocalDate.of(2027, 3, 25), List.of(
                new DailyWork(LocalDate.of(2027, 3, 25), 60, 1)));

        CalculatedStatement statement = calculator.calculate(MARCH, PAYDAY, contractor,
                List.of(new PendingAdjustment(41, -1_500, "2月分の件数訂正", YearMonth.of(2027, 2))));

        CalculatedLine incentive = statement.lines().stream().filter(l -> l.kind() == StatementLineKind.INCENTIVE).findFirst().orElseThrow();
        assertEquals(40_000, incentive.amountYen());
        assertTrue(incentive.nameJa().contains("1/4"), incentive.nameJa());
        CalculatedLine adjustment = statement.lines().stream().filter(l -> l.kind() == StatementLineKind.ADJUSTMENT).findFirst().orElseThrow();
        assertEquals(-1_500, adjustment.amountYen());
        assertEquals(YearMonth.of(2027, 2), adjustment.corrects());
        assertEquals(160 + 1_100 + 200 + 40_000 - 1_500, statement.subtotalYen());
    }

    @Test
    void aDayWithoutAScheduleInForceStopsTheCloseWithItsDate_B1() {
        var early = new StatementCalculator(List.of(NEW));
        var contractor = new ContractorMonth(7, false, LocalDate.of(2027, 1, 10), List.of(new DailyWork(LocalDate.of(2027, 3, 2), 60, 1)));

        BusinessException refused = assertThrows(BusinessException.class, () -> early.calculate(MARCH, PAYDAY, contractor, List.of()));

        assertEquals("billing.close.noScheduleInForce", refused.messageKey());
        assertEquals("2027-03-02", refused.arguments()[0]);
    }
}
