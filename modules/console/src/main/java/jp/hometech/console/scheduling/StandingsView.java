package jp.hometech.console.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.Obligation;
import jp.hometech.scheduling.api.StandingRow;
import jp.hometech.scheduling.api.StandingService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * SCHEDULER, ADMIN: contractors at risk this month and those who missed an obligation last month, by
 * obligation, with a CSV; and one contractor's standing looked up by contract number (S4).
 */
@Named("schedulingStandingsView")
@ViewScoped
public class StandingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StandingService standings;

    @EJB
    ContractService contracts;

    @EJB
    AccountService accounts;

    @Inject
    BusinessClock clock;

    /** "this" or "last". */
    private String which = "this";
    private Obligation obligation;
    private List<StandingRow> rows = List.of();
    private String contractNumber;
    private ContractView contract;
    private MonthlyStanding lookedUp;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        rows = standings.problems(month(), obligation);
    }

    public void lookUp() {
        Optional<ContractView> found = contracts.findByNumber(contractNumber);
        Optional<Long> account = found.flatMap(c -> accounts.findByUsername(c.getContractorUsername())).map(AccountView::getId);
        if (account.isEmpty()) {
            contract = null;
            lookedUp = null;
            Messages.error("scheduling.ui.contractNotFound", contractNumber == null ? "" : contractNumber);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
            return;
        }
        contract = found.get();
        lookedUp = standings.standing(account.get(), month());
    }

    public StreamedContent getCsv() {
        YearMonth month = month();
        byte[] csv = standings.problemsCsv(month, obligation);
        return DefaultStreamedContent.builder()
                .name("standings-" + month + (obligation == null ? "" : "-" + obligation.name().toLowerCase()) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public YearMonth month() {
        return "last".equals(which) ? clock.thisMonth().minusMonths(1) : clock.thisMonth();
    }

    public YearMonth getMonth() { return month(); }
    public Obligation[] getObligations() { return Obligation.values(); }
    public String getWhich() { return which; }
    public void setWhich(String which) { this.which = which; }
    public Obligation getObligation() { return obligation; }
    public void setObligation(Obligation obligation) { this.obligation = obligation; }
    public List<StandingRow> getRows() { return rows; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public ContractView getContract() { return contract; }
    public MonthlyStanding getLookedUp() { return lookedUp; }
}
