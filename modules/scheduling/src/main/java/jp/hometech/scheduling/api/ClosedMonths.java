package jp.hometech.scheduling.api;

import jp.hometech.platform.api.security.Actor;

import java.time.YearMonth;
import java.util.List;

/**
 * The months billing has closed (B4). Billing calls {@link #close} when it closes a month; from then on no
 * work record of that month can be imported or replaced (the import refuses the row). A closed month stays
 * closed: a correction is an adjustment in a later month, never an edit of the closed one. Stored in
 * {@code scheduling.closed_month}.
 */
public interface ClosedMonths {

    /** Records the month as closed; closing a closed month again changes nothing. Audited. */
    void close(YearMonth month, Actor actor);

    boolean isClosed(YearMonth month);

    /** Every closed month, oldest first. */
    List<YearMonth> closed();
}
