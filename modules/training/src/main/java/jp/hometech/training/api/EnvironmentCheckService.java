package jp.hometech.training.api;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;

import java.util.List;
import java.util.Optional;

/** The work-environment check before call training (E1–E7): the trainee submits, staff verify or refuse. */
public interface EnvironmentCheckService {

    /**
     * The trainee (by platform account id, with an active enrolment) submits or resubmits the self-check. A
     * submission failing any rule is refused as a whole with {@link EnvironmentRequirementsNotMetException};
     * an accepted one waits for staff (SUBMITTED), replacing an earlier verdict.
     */
    EnvironmentCheckView submit(long accountId, EnvironmentSelfCheck selfCheck, Actor actor);

    Optional<EnvironmentCheckView> findByAccount(long accountId);

    Optional<EnvironmentCheckView> findByCandidate(long candidateId);

    /** Paged in SQL, oldest submission first; {@code status} null for all. */
    Page<EnvironmentCheckView> search(EnvironmentCheckStatus status, PageRequest page);

    EnvironmentCheckView verify(long checkId, long expectedVersion, Actor actor);

    EnvironmentCheckView refuse(long checkId, long expectedVersion, String reason, Actor actor);

    /** E3 reference data, for the portal form. */
    List<LineServiceView> lineServices();

    /** E7 reference data, for the portal form. */
    List<PcOsView> operatingSystems();

    /** E7: the specification in force today. */
    PcRequirementView pcRequirement();
}
