package jp.hometech.training.api;

import java.io.Serializable;
import java.time.LocalDate;

/** E7 reference data: the minimum PC specification in force from {@code effectiveFrom}. */
public final class PcRequirementView implements Serializable {

    private final LocalDate effectiveFrom;
    private final int minRamGb;
    private final int minCpuCores;
    private final int minFreeStorageGb;

    public PcRequirementView(LocalDate effectiveFrom, int minRamGb, int minCpuCores, int minFreeStorageGb) {
        this.effectiveFrom = effectiveFrom;
        this.minRamGb = minRamGb;
        this.minCpuCores = minCpuCores;
        this.minFreeStorageGb = minFreeStorageGb;
    }

    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public int getMinRamGb() { return minRamGb; }
    public int getMinCpuCores() { return minCpuCores; }
    public int getMinFreeStorageGb() { return minFreeStorageGb; }
}
