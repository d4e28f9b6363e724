package jp.hometech.console.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.PreEntryService;
import jp.hometech.scheduling.api.PreEntrySlot;
import jp.hometech.scheduling.api.PreEntryWeekView;
import jp.hometech.scheduling.api.StandingService;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * CONTRACTOR: the own pre-entry week by week with its deadline (S2), and the own standing of last, this and
 * next month (S4). The person is always the signed-in user, never one named by a parameter.
 */
@Named
@ViewScoped
public class SchedulingPortalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PreEntryService preEntries;

    @EJB
    StandingService standings;

    @EJB
    AccountService accounts;

    @EJB
    jp.hometech.recruitment.api.ContractService contracts;

    @Inject
    SecurityContext securityContext;

    @Inject
    ConsoleUser consoleUser;

    @Inject
    BusinessClock clock;

    private long accountId;
    private PreEntryWeekView week;
    private WeekForm form;
    private List<MonthlyStanding> monthStandings;

    @PostConstruct
    void load() {
        accountId = accounts.findByUsername(securityContext.getCallerPrincipal().getName()).orElseThrow().getId();
        LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        while (preEntries.deadline(monday).isBefore(clock.today())) {
            monday = monday.plusWeeks(1);
        }
        show(monday);
    }

    private void show(LocalDate monday) {
        week = preEntries.week(accountId, monday);
        form = new WeekForm(monday, week.getSlots(), preEntries.stepMinutes());
        YearMonth thisMonth = clock.thisMonth();
        // Months before the contract started owe nothing, so they are not shown as missed.
        YearMonth firstMonth = contracts.findByContractorAccount(accountId)
                .map(c -> YearMonth.from(c.getStartDate())).orElse(thisMonth.minusMonths(1));
        monthStandings = java.util.stream.Stream.of(thisMonth.minusMonths(1), thisMonth, thisMonth.plusMonths(1))
                .filter(month -> !month.isBefore(firstMonth))
                .map(month -> standings.standing(accountId, month)).toList();
    }

    public void previousWeek() {
        show(week.getWeekStart().minusWeeks(1));
    }

    public void nextWeek() {
        show(week.getWeekStart().plusWeeks(1));
    }

    public void save() {
        try {
            preEntries.saveOwn(accountId, week.getWeekStart(), form.slots(), week.getVersion(), consoleUser.actor());
            show(week.getWeekStart());
            Messages.info("scheduling.ui.saved");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public void copyLastWeek() {
        List<PreEntrySlot> copy = preEntries.copyOfPreviousWeek(accountId, week.getWeekStart());
        form.fill(copy);
        Messages.info(copy.isEmpty() ? "scheduling.ui.nothingToCopy" : "scheduling.ui.copiedNotSaved");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    /** This week and the next five with their deadlines, so the contractor sees them all at once (S2). */
    public List<PreEntryWeekView> getUpcomingWeeks() {
        LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        List<PreEntryWeekView> weeks = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            weeks.add(preEntries.week(accountId, monday.plusWeeks(i)));
        }
        return weeks;
    }

    public PreEntryWeekView getWeek() { return week; }
    public WeekForm getForm() { return form; }
    public List<MonthlyStanding> getMonthStandings() { return monthStandings; }
    public LocalDate getToday() { return clock.today(); }
}
