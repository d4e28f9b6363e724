package jp.hometech.billing.api;

import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * The fee schedule (B1), reference data kept by BILLING. A schedule that a confirmed close used is never changed:
 * a new one starts on a later date, after the last closed month.
 */
public interface FeeScheduleService {

    /** Every schedule, newest first. */
    List<FeeScheduleView> schedules();

    FeeScheduleView create(LocalDate validFrom, String note, List<FeeLineView> lines, Actor actor);

    FeeScheduleView update(long scheduleId, long expectedVersion, LocalDate validFrom, String note,
                           List<FeeLineView> lines, Actor actor);
}
