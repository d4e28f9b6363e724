package jp.hometech.billing.internal.rules;

/**
 * Consumption tax on a month's fees, the way a 支払通知書 must show it under the invoice system (消費税法 第57条の4,
 * 施行令 第70条の10): the fees are tax-exclusive amounts; the tax is computed once per statement and per rate on the
 * total of that rate (not per line) and rounded down to the yen. Fees are integer yen per line: a line's amount is
 * quantity × unit price, so no rounding happens before this one.
 */
public final class ConsumptionTax {

    /** 10 %, the standard rate; the services billed here have no reduced rate. */
    public static final int STANDARD_RATE_PERCENT = 10;

    private ConsumptionTax() {
    }

    public static long taxOn(long taxableTotalYen) {
        // Integer division truncates toward zero: 切り捨て also for a negative total (a month of corrections).
        return taxableTotalYen * STANDARD_RATE_PERCENT / 100;
    }
}
