package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Set;

/**
 * Fired in the importing transaction after work records were stored or replaced: observers (billing) may
 * recompute the months named. Observe with {@code during = AFTER_SUCCESS} to ignore rolled-back imports.
 */
public final class WorkRecordsChanged implements Serializable {

    private final Set<Long> contractorAccountIds;
    private final Set<YearMonth> months;

    public WorkRecordsChanged(Set<Long> contractorAccountIds, Set<YearMonth> months) {
        this.contractorAccountIds = Set.copyOf(contractorAccountIds);
        this.months = Set.copyOf(months);
    }

    public Set<Long> getContractorAccountIds() { return contractorAccountIds; }
    public Set<YearMonth> getMonths() { return months; }

    @Override
    public String toString() {
        return "WorkRecordsChanged[" + contractorAccountIds + " " + months + "]";
    }
}
