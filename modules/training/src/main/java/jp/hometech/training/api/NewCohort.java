package jp.hometech.training.api;

import java.time.LocalDate;

/** A trainer's request for a cohort; the days are laid out from {@code startDate} (T1, T2). */
public record NewCohort(LocalDate startDate, int capacity) implements java.io.Serializable {
}
