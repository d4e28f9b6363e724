package jp.hometech.console.training;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.LazyList;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.CohortQuery;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.NewCohort;

import java.io.Serializable;
import java.time.LocalDate;

/** TRAINER: the cohorts, paged in SQL, and a new cohort from its start date and capacity (T1, T2). */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortService cohorts;

    @Inject
    ConsoleUser consoleUser;

    private final LazyList<CohortQuery, CohortView> rows = new LazyList<>(CohortService.SORT, 20,
            () -> new CohortQuery(this.filterStatus, this.filterStartFrom, null), query -> cohorts.count(query),
            (query, page) -> cohorts.search(query, page), CohortView::getId);
    private CohortStatus filterStatus;
    private LocalDate filterStartFrom;
    private LocalDate newStartDate;
    private Integer newCapacity;

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
    public LazyList<CohortQuery, CohortView> getRows() { return rows; }
    public CohortStatus getFilterStatus() { return filterStatus; }
    public void setFilterStatus(CohortStatus filterStatus) { this.filterStatus = filterStatus; }
    public LocalDate getFilterStartFrom() { return filterStartFrom; }
    public void setFilterStartFrom(LocalDate filterStartFrom) { this.filterStartFrom = filterStartFrom; }
    public LocalDate getNewStartDate() { return newStartDate; }
    public void setNewStartDate(LocalDate newStartDate) { this.newStartDate = newStartDate; }
    public Integer getNewCapacity() { return newCapacity; }
    public void setNewCapacity(Integer newCapacity) { this.newCapacity = newCapacity; }

}
