package jp.hometech.training.api;

import jakarta.ejb.ApplicationException;
import jp.hometech.platform.api.BusinessException;

import java.util.List;

/** A self-check that fails one or more of E1–E7; {@link #findings()} lists every refusal at once. */
@ApplicationException(rollback = true)
public class EnvironmentRequirementsNotMetException extends BusinessException {

    private final transient List<EnvironmentFinding> findings;

    public EnvironmentRequirementsNotMetException(List<EnvironmentFinding> findings) {
        super("training.environment.requirementsNotMet", findings.size());
        this.findings = List.copyOf(findings);
    }

    public List<EnvironmentFinding> findings() {
        return findings;
    }
}
