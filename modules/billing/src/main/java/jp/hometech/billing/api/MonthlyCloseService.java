package jp.hometech.billing.api;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import jp.hometech.platform.api.security.Actor;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly close (B2, B4). Starting it computes a draft in the background, once per cluster: a second start
 * while one runs is refused. A draft can be reviewed and run again; confirming it makes the month final: its
 * work records, fees and statements are never edited again, and scheduling refuses work records of that month.
 */
public interface MonthlyCloseService {

    /** The close of {@code month}; status NOT_STARTED when nobody has started it. */
    CloseView close(YearMonth month);

    /** The last closes, newest first. */
    List<CloseView> recent(int limit);

    /** Starts (or runs again) the draft of a month that is over. */
    CloseView start(YearMonth month, Actor actor);

    CloseView confirm(YearMonth month, long expectedVersion, Actor actor);

    /** A close's statements, by contractor account by default. */
    SortFields STATEMENT_SORT = SortFields.of("statements", "accountId", true, "accountId", "contractorName", "calls", "totalYen");

    /** How many statements the close of {@code month} holds, counted up to {@link RowCount#CAP}. */
    RowCount countStatements(YearMonth month);

    /** One page of a close's statements, with the difference to the month before. */
    List<StatementSummaryView> statements(YearMonth month, PageRequest page);
}
