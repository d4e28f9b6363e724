package jp.hometech.certificates.internal.content;

import java.time.YearMonth;

/**
 * One month of the working record (standard form No.8): days and exact minutes worked. A month wholly before
 * the contract's start is printed as such instead of as zero work.
 */
public record MonthLine(YearMonth month, boolean beforeContract, int daysWorked, long minutesWorked) {
}
