package jp.hometech.billing.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * B3, 新規就業インセンティブ: only for a contract flagged as the person's first home-based work. The window is the
 * four calendar months that start with the work-start month. The start month pays when at least one call was
 * handled in it, each of the next three when at least fifty were; a month that misses pays nothing and nothing is
 * carried over, so the total never exceeds 4 × 40,000 yen.
 */
public final class NewWorkIncentive {

    public static final long MONTHLY_AMOUNT_YEN = 40_000;
    public static final int WINDOW_MONTHS = 4;
    static final long CALLS_IN_START_MONTH = 1;
    static final long CALLS_IN_LATER_MONTHS = 50;

    private NewWorkIncentive() {
    }

    /**
     * The incentive for {@code month}.
     *
     * @param firstTimeHomeBasedWork the contract's first-time flag (recruitment)
     * @param workStart              the first day of paid work, i.e. the first call-training day (T4); null if not yet
     * @param callsInMonth           calls handled in {@code month}
     */
    public static long amountFor(YearMonth month, boolean firstTimeHomeBasedWork, LocalDate workStart, long callsInMonth) {
        if (!firstTimeHomeBasedWork || workStart == null) {
            return 0;
        }
        long index = YearMonth.from(workStart).until(month, java.time.temporal.ChronoUnit.MONTHS);
        if (index < 0 || index >= WINDOW_MONTHS) {
            return 0;
        }
        long needed = index == 0 ? CALLS_IN_START_MONTH : CALLS_IN_LATER_MONTHS;
        return callsInMonth >= needed ? MONTHLY_AMOUNT_YEN : 0;
    }

    /** Which month of the window {@code month} is (1–4), or 0 outside it; for the statement's line text. */
    public static int windowMonth(YearMonth month, LocalDate workStart) {
        if (workStart == null) {
            return 0;
        }
        long index = YearMonth.from(workStart).until(month, java.time.temporal.ChronoUnit.MONTHS);
        return index < 0 || index >= WINDOW_MONTHS ? 0 : (int) index + 1;
    }
}
