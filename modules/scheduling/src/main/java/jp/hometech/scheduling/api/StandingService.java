package jp.hometech.scheduling.api;

import java.time.YearMonth;
import java.util.List;

/** Monthly standings against the obligations (S4), live during the month and final after it. */
public interface StandingService {

    MonthlyStanding standing(long contractorAccountId, YearMonth month);

    /**
     * Contractors with an active contract whose standing in {@code month} has an obligation at risk (a running
     * month) or missed (a month that is over), optionally only those with a problem in {@code obligation}
     * (null: any), ordered by contract number.
     */
    List<StandingRow> problems(YearMonth month, Obligation obligation);

    /** {@link #problems} as CSV (UTF-8 with BOM, for Excel), one line per contractor. */
    byte[] problemsCsv(YearMonth month, Obligation obligation);
}
