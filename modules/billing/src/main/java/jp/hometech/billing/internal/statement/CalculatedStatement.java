package jp.hometech.billing.internal.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One contractor's month, priced: lines, the tax-exclusive subtotal, the tax and what is paid on the payday. */
public record CalculatedStatement(long accountId, YearMonth month, LocalDate payday, long callsHandled, long minutesWorked,
                                  int daysWorked, List<CalculatedLine> lines, long subtotalYen, long taxYen) {

    public long totalYen() {
        return subtotalYen + taxYen;
    }
}
