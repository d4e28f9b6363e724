package jp.hometech.billing.internal.statement;

import jp.hometech.billing.api.FeeUnit;
import jp.hometech.billing.api.StatementLineKind;
import jp.hometech.billing.internal.rules.ConsumptionTax;
import jp.hometech.billing.internal.rules.NewWorkIncentive;
import jp.hometech.platform.api.BusinessException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Prices one contractor's month (B1–B4):
 * <ul>
 *   <li>only work on or after the first call-training day is paid (T4);</li>
 *   <li>each day is priced by the schedule in force on that day; per schedule and line, the quantities of its
 *       days are summed first and the amount rounded down to the yen once (per hour: minutes × price ÷ 60);</li>
 *   <li>the new-work incentive (B3) is its own line;</li>
 *   <li>approved adjustments of closed months are lines naming the month they correct;</li>
 *   <li>consumption tax once on the subtotal ({@link ConsumptionTax}).</li>
 * </ul>
 * Pure: the close feeds it what the other modules say, so the same input always gives the same statement.
 */
public final class StatementCalculator {

    public static final String INCENTIVE_CODE = "INCENTIVE";
    public static final String ADJUSTMENT_CODE = "ADJUSTMENT";

    private final NavigableMap<LocalDate, PricedSchedule> schedules = new TreeMap<>();

    public StatementCalculator(List<PricedSchedule> schedules) {
        schedules.forEach(s -> this.schedules.put(s.validFrom(), s));
    }

    public CalculatedStatement calculate(YearMonth month, LocalDate payday, ContractorMonth contractor,
                                         List<PendingAdjustment> adjustments) {
        List<DailyWork> payable = contractor.days().stream()
                .filter(d -> YearMonth.from(d.date()).equals(month))
                .filter(d -> contractor.workStart() != null && !d.date().isBefore(contractor.workStart()))
                .sorted(Comparator.comparing(DailyWork::date))
                .toList();
        Map<PricedSchedule, List<DailyWork>> bySchedule = new LinkedHashMap<>();
        for (DailyWork day : payable) {
            Map.Entry<LocalDate, PricedSchedule> inForce = schedules.floorEntry(day.date());
            if (inForce == null) {
                throw new BusinessException("billing.close.noScheduleInForce", day.date().toString());
            }
            bySchedule.computeIfAbsent(inForce.getValue(), s -> new ArrayList<>()).add(day);
        }
        List<CalculatedLine> lines = new ArrayList<>();
        bySchedule.forEach((schedule, days) -> {
            for (FeeLine fee : schedule.lines()) {
                long quantity = quantity(fee.unit(), days);
                if (quantity > 0) {
                    lines.add(new CalculatedLine(StatementLineKind.FEE, fee.code(), fee.nameJa(), fee.nameEn(), fee.unit(), quantity,
                            fee.unitPriceYen(), amount(fee.unit(), quantity, fee.unitPriceYen()), null, null, schedule.id()));
                }
            }
        });
        long calls = payable.stream().mapToLong(DailyWork::calls).sum();
        long incentive = NewWorkIncentive.amountFor(month, contractor.firstTimeHomeBasedWork(), contractor.workStart(), calls);
        if (incentive > 0) {
            int windowMonth = NewWorkIncentive.windowMonth(month, contractor.workStart());
            lines.add(new CalculatedLine(StatementLineKind.INCENTIVE, INCENTIVE_CODE,
                    "新規就業インセンティブ（" + windowMonth + "/" + NewWorkIncentive.WINDOW_MONTHS + "か月目）",
                    "New-work incentive (month " + windowMonth + " of " + NewWorkIncentive.WINDOW_MONTHS + ")",
                    null, 1, incentive, incentive, null, null, null));
        }
        for (PendingAdjustment adjustment : adjustments) {
            lines.add(new CalculatedLine(StatementLineKind.ADJUSTMENT, ADJUSTMENT_CODE,
                    "調整（" + adjustment.corrects() + " 分）: " + adjustment.reason(),
                    "Adjustment (for " + adjustment.corrects() + "): " + adjustment.reason(),
                    null, 1, adjustment.amountYen(), adjustment.amountYen(), adjustment.corrects(), adjustment.id(), null));
        }
        long subtotal = lines.stream().mapToLong(CalculatedLine::amountYen).sum();
        long minutes = payable.stream().mapToLong(DailyWork::minutes).sum();
        int daysWorked = (int) payable.stream().filter(d -> d.minutes() > 0).count();
        return new CalculatedStatement(contractor.accountId(), month, payday, calls, minutes, daysWorked,
                List.copyOf(lines), subtotal, ConsumptionTax.taxOn(subtotal));
    }

    private static long quantity(FeeUnit unit, List<DailyWork> days) {
        return switch (unit) {
            case PER_CALL -> days.stream().mapToLong(DailyWork::calls).sum();
            case PER_HOUR -> days.stream().mapToLong(DailyWork::minutes).sum();
            case PER_WORKED_DAY -> days.stream().filter(d -> d.minutes() > 0).count();
        };
    }

    /** Integer yen, rounded down once per line: a contractor is never paid a fraction the schedule does not give. */
    static long amount(FeeUnit unit, long quantity, long unitPriceYen) {
        return switch (unit) {
            case PER_CALL, PER_WORKED_DAY -> Math.multiplyExact(quantity, unitPriceYen);
            case PER_HOUR -> Math.multiplyExact(quantity, unitPriceYen) / 60;
        };
    }
}
