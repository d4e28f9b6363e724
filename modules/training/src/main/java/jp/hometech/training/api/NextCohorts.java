package jp.hometech.training.api;

import java.util.List;

/**
 * The next announced cohorts that have not started yet, earliest first, full ones included (marked), for the
 * recruitment pages (R7: warn an applicant who cannot attend the next one). T5: the caller shows them to
 * registered applicants only.
 */
public interface NextCohorts {

    int MAX = 20;

    /** At most {@code limit} (1..{@value #MAX}) cohorts. */
    List<UpcomingCohort> upcoming(int limit);
}
