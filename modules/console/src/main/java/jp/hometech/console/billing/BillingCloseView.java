package jp.hometech.console.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.billing.api.CloseView;
import jp.hometech.billing.api.MonthlyCloseService;
import jp.hometech.billing.api.StatementSummaryView;
import jp.hometech.billing.api.TransferFilePreview;
import jp.hometech.billing.api.TransferFileService;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.LazyList;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.time.BusinessClock;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** /console/billing/close.xhtml: run a month's close, follow it, review the draft, confirm it, download the transfer file. */
@Named("billingCloseView")
@ViewScoped
public class BillingCloseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MonthlyCloseService closes;

    @EJB
    TransferFileService transfers;

    @Inject
    ConsoleUser consoleUser;

    @Inject
    BusinessClock clock;

    private String month;
    private CloseView close;
    private TransferFilePreview preview;
    /** The shown month's statements once its close has a draft or is confirmed; nothing before. */
    private final LazyList<YearMonth, StatementSummaryView> statements = new LazyList<>(MonthlyCloseService.STATEMENT_SORT, 50,
            this::monthWithStatements, m -> m == null ? RowCount.exactly(0) : closes.countStatements(m),
            (m, page) -> m == null ? List.of() : closes.statements(m, page), StatementSummaryView::getStatementId);

    @PostConstruct
    void init() {
        month = clock.thisMonth().minusMonths(1).toString();
        refresh();
    }

    public void show() {
        refresh();
    }

    public void start() {
        try {
            close = closes.start(yearMonth(), consoleUser.actor());
            Messages.info("billing.ui.closeStarted", month);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        keepMessagesOnThisPage();
    }

    /** Polled while the close runs: progress, then the draft. */
    public void poll() {
        CloseView before = close;
        refresh();
        if (before != null && before.isRunning() && close.isDraft()) {
            Messages.info("billing.ui.draftReady", month);
            keepMessagesOnThisPage();
        } else if (before != null && before.isRunning() && "FAILED".equals(close.getStatus())) {
            Messages.error("billing.ui.closeFailed", month, close.getError());
            keepMessagesOnThisPage();
        }
    }

    public void confirm() {
        try {
            close = closes.confirm(yearMonth(), close.getVersion(), consoleUser.actor());
            Messages.info("billing.ui.confirmed", month, close.getPayday());
            refresh();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        keepMessagesOnThisPage();
    }

    private void refresh() {
        try {
            YearMonth selected = yearMonth();
            close = closes.close(selected);
            preview = close.isConfirmed() ? transfers.preview(selected) : null;
            statements.recount();
        } catch (BusinessException refused) {
            Messages.error(refused);
            keepMessagesOnThisPage();
        }
    }

    private YearMonth yearMonth() {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("billing.ui.monthFormat");
        }
    }

    private static void keepMessagesOnThisPage() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    /** The last twelve months, for the picker. */
    public List<String> getMonths() {
        List<String> months = new ArrayList<>();
        for (int back = 1; back <= 12; back++) {
            months.add(clock.thisMonth().minusMonths(back).toString());
        }
        return months;
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public CloseView getClose() { return close; }
    public TransferFilePreview getPreview() { return preview; }
    public LazyList<YearMonth, StatementSummaryView> getStatements() { return statements; }

    private YearMonth monthWithStatements() {
        return close == null || !(close.isDraft() || close.isConfirmed()) ? null : close.getMonth();
    }
}
