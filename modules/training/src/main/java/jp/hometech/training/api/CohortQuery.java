package jp.hometech.training.api;

import java.time.LocalDate;

/** Filters of the cohort list; null means "any". The start-date bounds are inclusive. */
public record CohortQuery(CohortStatus status, LocalDate startFrom, LocalDate startTo) implements java.io.Serializable {

    public static CohortQuery all() {
        return new CohortQuery(null, null, null);
    }
}
