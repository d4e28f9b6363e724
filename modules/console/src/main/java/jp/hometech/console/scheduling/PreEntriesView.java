package jp.hometech.console.scheduling;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.PreEntryOverrideView;
import jp.hometech.scheduling.api.PreEntryService;
import jp.hometech.scheduling.api.PreEntryWeekView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SCHEDULER, ADMIN: a contractor's week, found by contract number; a week after its deadline is changed only
 * with a reason, which is recorded with the before and after (S2).
 */
@Named("schedulingPreEntriesView")
@ViewScoped
public class PreEntriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PreEntryService preEntries;

    @EJB
    ContractService contracts;

    @EJB
    AccountService accounts;

    @Inject
    ConsoleUser consoleUser;

    @Inject
    BusinessClock clock;

    private String contractNumber;
    private LocalDate weekOf;
    private ContractView contract;
    private Long accountId;
    private PreEntryWeekView week;
    private WeekForm form;
    private List<PreEntryOverrideView> overrides = List.of();
    private String reason;

    public void open() {
        Optional<ContractView> found = contracts.findByNumber(contractNumber);
        Optional<Long> account = found.flatMap(c -> accounts.findByUsername(c.getContractorUsername())).map(AccountView::getId);
        if (account.isEmpty()) {
            contract = null;
            week = null;
            Messages.error("scheduling.ui.contractNotFound", contractNumber == null ? "" : contractNumber);
            thisPageOnly();
            return;
        }
        contract = found.get();
        accountId = account.get();
        show(weekOf == null ? clock.today() : weekOf);
    }

    private void show(LocalDate day) {
        week = preEntries.week(accountId, day);
        form = new WeekForm(week.getWeekStart(), week.getSlots(), preEntries.stepMinutes());
        overrides = preEntries.overrides(accountId, week.getWeekStart());
        weekOf = week.getWeekStart();
        reason = null;
    }

    public void previousWeek() {
        show(week.getWeekStart().minusWeeks(1));
    }

    public void nextWeek() {
        show(week.getWeekStart().plusWeeks(1));
    }

    public void save() {
        try {
            preEntries.saveAsStaff(accountId, week.getWeekStart(), form.slots(), week.getVersion(), reason, consoleUser.actor());
            show(week.getWeekStart());
            Messages.info("scheduling.ui.saved");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        thisPageOnly();
    }

    public void copyLastWeek() {
        form.fill(preEntries.copyOfPreviousWeek(accountId, week.getWeekStart()));
        Messages.info("scheduling.ui.copiedNotSaved");
        thisPageOnly();
    }

    private static void thisPageOnly() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public LocalDate getWeekOf() { return weekOf; }
    public void setWeekOf(LocalDate weekOf) { this.weekOf = weekOf; }
    public ContractView getContract() { return contract; }
    public PreEntryWeekView getWeek() { return week; }
    public WeekForm getForm() { return form; }
    public List<PreEntryOverrideView> getOverrides() { return overrides; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
