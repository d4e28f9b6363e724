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
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.time.BusinessClock;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final StatementRows statements = new StatementRows();

    @PostConstruct
    void init() {
        month = clock.thisMonth().minusMonths(1).toString();
        statements.setPageSize(50);
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
    public LazyDataModel<StatementSummaryView> getStatements() { return statements; }

    /** The draft's or the month's statements, paged and sorted in SQL. */
    private final class StatementRows extends LazyDataModel<StatementSummaryView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return close == null || "NOT_STARTED".equals(close.getStatus()) ? 0 : Math.max(close.getContractors(), 0);
        }

        @Override
        public List<StatementSummaryView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (close == null || "NOT_STARTED".equals(close.getStatus())) {
                setRowCount(0);
                return List.of();
            }
            SortMeta by = sort.values().stream().findFirst().orElse(null);
            Page<StatementSummaryView> page = closes.statements(YearMonth.parse(month), new PageRequest(first, pageSize,
                    by == null ? null : by.getField(), by == null || by.getOrder() != SortOrder.DESCENDING));
            setRowCount((int) page.totalCount());
            return page.rows();
        }

        @Override
        public String getRowKey(StatementSummaryView row) {
            return String.valueOf(row.getStatementId());
        }

        @Override
        public StatementSummaryView getRowData(String rowKey) {
            return null;
        }
    }
}
