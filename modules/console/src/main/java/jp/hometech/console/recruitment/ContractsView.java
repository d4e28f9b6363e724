package jp.hometech.console.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.LazyList;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractQuery;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * RECRUITER, ADMIN: the business contracts, paged, sorted and filtered in SQL by the module; a contract is suspended,
 * resumed or ended from its row, with the version shown in that row.
 */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @EJB
    ContractService contracts;

    @Inject
    ConsoleUser consoleUser;

    private final LazyList<ContractQuery, ContractView> rows = new LazyList<>(ContractService.SORT, 20,
            () -> new ContractQuery(this.status, this.text), query -> contracts.count(query),
            (query, page) -> contracts.search(query, page), ContractView::getId);
    private ContractStatus status;
    private String text;

    /** The change the dialog asks for, and the contract as the user saw it in the table. */
    public enum Change { SUSPEND, RESUME, END }

    private Change change;
    private long contractId;
    private long contractVersion;
    private String contractNumber;
    private String reason;
    private LocalDate endDate;

    /**
     * Opens the dialog for a row. The id and version come as request parameters rendered with the row, so the change
     * is checked against the version the user saw even when the table has been reloaded since.
     */
    public void prepare(Change change) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        this.change = change;
        this.contractId = Long.parseLong(parameters.get("contractId"));
        this.contractVersion = Long.parseLong(parameters.get("contractVersion"));
        this.contractNumber = parameters.get("contractNumber");
        this.reason = null;
        this.endDate = change == Change.END ? clock.today() : null;
    }

    public void apply() {
        try {
            switch (change) {
                case SUSPEND -> {
                    contracts.suspend(contractId, contractVersion, reason, consoleUser.actor());
                    Messages.info("recruitment.contracts.suspended", contractNumber);
                }
                case RESUME -> {
                    contracts.resume(contractId, contractVersion, consoleUser.actor());
                    Messages.info("recruitment.contracts.resumed", contractNumber);
                }
                case END -> {
                    contracts.end(contractId, contractVersion, endDate, reason, consoleUser.actor());
                    Messages.info("recruitment.contracts.ended", contractNumber, endDate);
                }
            }
            // A changed status may take the contract out of the filtered list.
            rows.recount();
            PrimeFaces.current().ajax().addCallbackParam("changed", true);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
    }

    public Change getChange() { return change; }
    public String getChangeQuestionKey() { return "recruitment.contracts.confirm." + change.name(); }
    public String getContractNumber() { return contractNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }

    public ContractStatus[] getStatuses() { return ContractStatus.values(); }
    public LazyList<ContractQuery, ContractView> getRows() { return rows; }
    public ContractStatus getStatus() { return status; }
    public void setStatus(ContractStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

}
