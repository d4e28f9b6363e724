package jp.hometech.scheduling.internal.rules;

import jp.hometech.scheduling.api.ImportRowError;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checks of a work session that need no database: business hours (S1), end after start, a plausible number
 * of calls, and no two sessions of one person's day overlapping.
 */
public final class WorkRowChecks {

    private final int maxCallsPerHour;

    public WorkRowChecks(int maxCallsPerHour) {
        this.maxCallsPerHour = maxCallsPerHour;
    }

    public List<ImportRowError> check(WorkRecordCsv.Row row) {
        List<ImportRowError> errors = new ArrayList<>();
        if (!row.end().isAfter(row.start())) {
            errors.add(new ImportRowError(row.line(), "scheduling.import.endNotAfterStart", row.start(), row.end()));
        }
        if (row.start().isBefore(BusinessHours.OPEN) || row.start().isAfter(BusinessHours.CLOSE)) {
            errors.add(new ImportRowError(row.line(), "scheduling.import.outsideHours", row.start()));
        }
        if (row.end().isAfter(BusinessHours.CLOSE) || row.end().isBefore(BusinessHours.OPEN)) {
            errors.add(new ImportRowError(row.line(), "scheduling.import.outsideHours", row.end()));
        }
        if (errors.isEmpty() && row.calls() > maxCalls(Duration.between(row.start(), row.end()).toMinutes())) {
            errors.add(new ImportRowError(row.line(), "scheduling.import.absurdCalls", row.calls(),
                    maxCalls(Duration.between(row.start(), row.end()).toMinutes())));
        }
        return errors;
    }

    /** At most {@code maxCallsPerHour} calls per started hour of the session. */
    public long maxCalls(long minutes) {
        return ((minutes + 59) / 60) * maxCallsPerHour;
    }

    /** Sessions of one person's day that overlap an earlier one (by start), each reported on its own line. */
    public static List<ImportRowError> overlaps(List<WorkRecordCsv.Row> dayOfOnePerson) {
        List<WorkRecordCsv.Row> sorted = new ArrayList<>(dayOfOnePerson);
        sorted.sort(Comparator.comparing(WorkRecordCsv.Row::start).thenComparing(WorkRecordCsv.Row::line));
        List<ImportRowError> errors = new ArrayList<>();
        WorkRecordCsv.Row latest = null;
        for (WorkRecordCsv.Row row : sorted) {
            if (latest != null && row.start().isBefore(latest.end())) {
                errors.add(new ImportRowError(row.line(), "scheduling.import.overlap", row.start(), row.end(), latest.line()));
            }
            if (latest == null || row.end().isAfter(latest.end())) {
                latest = row;
            }
        }
        return errors;
    }
}
