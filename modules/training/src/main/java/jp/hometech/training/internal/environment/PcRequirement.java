package jp.hometech.training.internal.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.PcRequirementView;

import java.time.LocalDate;

/** E7 reference data: the minimum PC specification from a date on. */
@Entity
@Table(name = "pc_requirement")
public class PcRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "min_ram_gb", nullable = false)
    private int minRamGb;

    @Column(name = "min_cpu_cores", nullable = false)
    private int minCpuCores;

    @Column(name = "min_free_storage_gb", nullable = false)
    private int minFreeStorageGb;

    protected PcRequirement() {
    }

    public PcRequirementView toView() {
        return new PcRequirementView(effectiveFrom, minRamGb, minCpuCores, minFreeStorageGb);
    }
}
