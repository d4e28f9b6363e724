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
import jp.hometech.training.api.CohortQuery;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.NewCohort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** TRAINER: the cohorts, paged in SQL, and a new cohort from its start date and capacity (T1, T2). */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortService cohorts;

    @Inject
    ConsoleUser consoleUser;

    private final CohortRows rows = new CohortRows();
    private CohortStatus filterStatus;
    private LocalDate filterStartFrom;
    private LocalDate newStartDate;
    private Integer newCapacity;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
    }

    public String create() {
        try {
            CohortView created = cohorts.create(new NewCohort(newStartDate, newCapacity == null ? 0 : newCapacity),
                    consoleUser.actor());
            Messages.info("training.ui.cohortCreated", created.getId(), created.getStartDate(), created.getWorkStartDate());
            return "/console/training/cohortDetail?faces-redirect=true&id=" + created.getId();
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public CohortStatus[] getStatuses() { return CohortStatus.values(); }
    public LazyDataModel<CohortView> getRows() { return rows; }
    public CohortStatus getFilterStatus() { return filterStatus; }
    public void setFilterStatus(CohortStatus filterStatus) { this.filterStatus = filterStatus; }
    public LocalDate getFilterStartFrom() { return filterStartFrom; }
    public void setFilterStartFrom(LocalDate filterStartFrom) { this.filterStartFrom = filterStartFrom; }
    public LocalDate getNewStartDate() { return newStartDate; }
    public void setNewStartDate(LocalDate newStartDate) { this.newStartDate = newStartDate; }
    public Integer getNewCapacity() { return newCapacity; }
    public void setNewCapacity(Integer newCapacity) { this.newCapacity = newCapacity; }

    private final class CohortRows extends LazyDataModel<CohortView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) cohorts.search(query(), PageRequest.first(1)).totalCount();
        }

        @Override
        public List<CohortView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            // Newest first unless the trainer sorts otherwise.
            return cohorts.search(query(), new PageRequest(first, pageSize, sort == null ? "startDate" : sort.getField(),
                    sort != null && sort.getOrder() != SortOrder.DESCENDING)).rows();
        }

        @Override
        public String getRowKey(CohortView cohort) {
            return String.valueOf(cohort.getId());
        }

        private CohortQuery query() {
            return new CohortQuery(filterStatus, filterStartFrom, null);
        }
    }
}
