package jp.hometech.billing.api;

import jp.hometech.platform.api.security.Actor;

import java.time.YearMonth;
import java.util.List;

/**
 * B4: a closed month is never edited; a correction is an adjustment that a second person approves and that the
 * next close carries as its own line, naming the month it corrects.
 */
public interface AdjustmentService {

    /** Only for a confirmed month: an open month is simply closed again. */
    AdjustmentView request(long contractorAccountId, YearMonth corrects, long amountYen, String reason, Actor actor);

    /** By someone other than the requester. */
    AdjustmentView decide(long adjustmentId, long expectedVersion, boolean approve, Actor actor);

    /** The newest first. */
    List<AdjustmentView> recent(int limit);
}
