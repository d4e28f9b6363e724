package jp.hometech.scheduling.api;

import java.time.LocalDate;

/** The pre-entries of the coming weeks per hour, so staff see the gaps. */
public interface CoverageService {

    /** {@code weeks} weeks from the Monday of the week containing {@code from}. */
    CoverageView coverage(LocalDate from, int weeks);
}
