package jp.hometech.recruitment.internal.screening;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R4b: a period of at least 12 months of support work whose end is no more than 12 months before the application
 * date, or that is still ongoing. Periods that overlap or follow each other without a gap count as one period,
 * so a change of employer does not break the year. Months are whole calendar months with both end days included:
 * 16 June 2023 – 15 June 2024 is 12 months.
 */
public final class SupportWorkRule {

    public static final int REQUIRED_MONTHS = 12;
    public static final int RECENCY_MONTHS = 12;

    /** A continuous stretch of work with its length in whole months. */
    public record Stretch(LocalDate start, LocalDate end, boolean ongoing, long months) {
    }

    public static List<Stretch> stretches(List<WorkPeriod> periods, LocalDate applicationDate) {
        List<WorkPeriod> sorted = periods.stream().sorted(Comparator.comparing(WorkPeriod::start)).toList();
        List<Stretch> merged = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        boolean ongoing = false;
        for (WorkPeriod period : sorted) {
            LocalDate periodEnd = period.isOngoing() ? applicationDate : period.end();
            if (start != null && !period.start().isAfter(end.plusDays(1))) {
                if (periodEnd.isAfter(end)) {
                    end = periodEnd;
                }
                ongoing |= period.isOngoing();
                continue;
            }
            if (start != null) {
                merged.add(stretch(start, end, ongoing));
            }
            start = period.start();
            end = periodEnd;
            ongoing = period.isOngoing();
        }
        if (start != null) {
            merged.add(stretch(start, end, ongoing));
        }
        return merged;
    }

    public static Optional<Stretch> qualifying(List<WorkPeriod> periods, LocalDate applicationDate) {
        LocalDate earliestEnd = earliestQualifyingEnd(applicationDate);
        return stretches(periods, applicationDate).stream()
                .filter(s -> s.months() >= REQUIRED_MONTHS)
                .filter(s -> s.ongoing() || !s.end().isBefore(earliestEnd))
                .max(Comparator.comparing(Stretch::end));
    }

    public static LocalDate earliestQualifyingEnd(LocalDate applicationDate) {
        return applicationDate.minusMonths(RECENCY_MONTHS);
    }

    private static Stretch stretch(LocalDate start, LocalDate endInclusive, boolean ongoing) {
        return new Stretch(start, endInclusive, ongoing, Period.between(start, endInclusive.plusDays(1)).toTotalMonths());
    }

    private SupportWorkRule() {
    }
}
