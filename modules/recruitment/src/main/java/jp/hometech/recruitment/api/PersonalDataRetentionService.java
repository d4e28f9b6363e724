package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Erases the personal data of closed applications (REJECTED, WITHDRAWN, FAILED) once the retention period
 * (setting backoffice.recruitment.retention-months / RECRUITMENT_RETENTION_MONTHS, default 12) has passed since
 * they closed. What remains is an anonymous statistics row per application.
 */
public interface PersonalDataRetentionService {

    /** @return how many applicants were erased */
    int eraseExpired(Instant now, Actor actor);

    List<ApplicationStatisticView> statistics(YearMonth fromMonth, YearMonth toMonthInclusive);
}
