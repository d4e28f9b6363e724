package jp.hometech.console.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
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
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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

    private final CandidateRows rows = new CandidateRows();
    private List<CohortView> openCohorts = List.of();
    private Long targetCohortId;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
        loadOpenCohorts();
    }

    private void loadOpenCohorts() {
        openCohorts = cohorts.search(new CohortQuery(CohortStatus.ANNOUNCED, clock.today().plusDays(1), null),
                new PageRequest(0, 50, "startDate", true)).rows();
    }

    public void enrol(long candidateId) {
        if (targetCohortId == null) {
            Messages.error("training.ui.chooseCohort");
            return;
        }
        try {
            EnrolmentView enrolled = awaiting.enrol(candidateId, targetCohortId, consoleUser.actor());
            Messages.info("training.ui.enrolled", enrolled.getDisplayName(), enrolled.getCohortId());
            loadOpenCohorts();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public LazyDataModel<AwaitingCandidateView> getRows() { return rows; }
    public List<CohortView> getOpenCohorts() { return openCohorts; }
    public Long getTargetCohortId() { return targetCohortId; }
    public void setTargetCohortId(Long targetCohortId) { this.targetCohortId = targetCohortId; }

    private final class CandidateRows extends LazyDataModel<AwaitingCandidateView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) awaiting.searchAwaiting(PageRequest.first(1)).totalCount();
        }

        @Override
        public List<AwaitingCandidateView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return awaiting.searchAwaiting(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING)).rows();
        }

        @Override
        public String getRowKey(AwaitingCandidateView candidate) {
            return String.valueOf(candidate.getCandidateId());
        }
    }
}
