package jp.hometech.console.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.LazyList;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.training.api.AwaitingCandidateService;
import jp.hometech.training.api.AwaitingCandidateView;
import jp.hometech.training.api.CohortQuery;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.EnrolmentView;

import java.io.Serializable;
import java.util.List;

/** TRAINER: those who passed the interview, enrolled into an announced cohort with room (T1, T3). */
@Named
@ViewScoped
public class AwaitingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @EJB
    AwaitingCandidateService awaiting;

    @EJB
    CohortService cohorts;

    @Inject
    ConsoleUser consoleUser;

    /** The list has no filter: it is counted once, and again after an enrolment took a candidate off it. */
    private final LazyList<Boolean, AwaitingCandidateView> rows = new LazyList<>(AwaitingCandidateService.SORT, 20,
            () -> Boolean.TRUE, all -> awaiting.countAwaiting(), (all, page) -> awaiting.searchAwaiting(page),
            AwaitingCandidateView::getCandidateId);
    private List<CohortView> openCohorts = List.of();
    private Long targetCohortId;

    @PostConstruct
    void init() {
        loadOpenCohorts();
    }

    private void loadOpenCohorts() {
        openCohorts = cohorts.search(new CohortQuery(CohortStatus.ANNOUNCED, clock.today().plusDays(1), null),
                new PageRequest(0, 50, "startDate", true));
    }

    public void enrol(long candidateId) {
        if (targetCohortId == null) {
            Messages.error("training.ui.chooseCohort");
            return;
        }
        try {
            EnrolmentView enrolled = awaiting.enrol(candidateId, targetCohortId, consoleUser.actor());
            Messages.info("training.ui.enrolled", enrolled.getDisplayName(), enrolled.getCohortId());
            rows.recount();
            loadOpenCohorts();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public LazyList<Boolean, AwaitingCandidateView> getRows() { return rows; }
    public List<CohortView> getOpenCohorts() { return openCohorts; }
    public Long getTargetCohortId() { return targetCohortId; }
    public void setTargetCohortId(Long targetCohortId) { this.targetCohortId = targetCohortId; }

}
