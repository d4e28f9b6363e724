package jp.hometech.training.internal.environment;

import jp.hometech.training.api.LineServiceView;
import jp.hometech.training.api.PcOsView;
import jp.hometech.training.api.PcRequirementView;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a self-check is measured against: the reference data (line services, operating systems, PC
 * specification) and the trainee's cohort dates for E4.
 *
 * @param trainingStart      the cohort's start date: the line should be ready by then (E4, advice)
 * @param lineReadyDeadline  the company's latest date (E4, refusal): the cohort's date, by default the training day before call training
 */
public record EnvironmentReference(Map<String, LineServiceView> lineServices, Map<String, PcOsView> operatingSystems,
                                   PcRequirementView pcRequirement, LocalDate trainingStart,
                                   LocalDate lineReadyDeadline) {

    public EnvironmentReference {
        lineServices = Map.copyOf(lineServices);
        operatingSystems = Map.copyOf(operatingSystems);
        Objects.requireNonNull(pcRequirement, "pcRequirement");
        Objects.requireNonNull(trainingStart, "trainingStart");
        Objects.requireNonNull(lineReadyDeadline, "lineReadyDeadline");
    }
}
