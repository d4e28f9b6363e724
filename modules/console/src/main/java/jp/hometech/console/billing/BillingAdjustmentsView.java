package jp.hometech.console.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.billing.api.AdjustmentService;
import jp.hometech.billing.api.AdjustmentView;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** /console/billing/adjustments.xhtml: request a correction of a confirmed month (B4); another person approves or rejects it. */
@Named("billingAdjustmentsView")
@ViewScoped
public class BillingAdjustmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    AdjustmentService adjustments;

    @Inject
    ContractorLookup contractors;

    @Inject
    ConsoleUser consoleUser;

    private String contractNumber;
    private String month;
    private Long amountYen;
    private String reason;
    private List<AdjustmentView> recent;

    @PostConstruct
    void init() {
        recent = adjustments.recent(SHOWN);
    }

    public void request() {
        try {
            YearMonth corrects;
            try {
                corrects = YearMonth.parse(month == null ? "" : month.strip());
            } catch (DateTimeParseException e) {
                throw new BusinessException("billing.ui.monthFormat");
            }
            long accountId = contractors.byContractNumber(contractNumber).accountId();
            adjustments.request(accountId, corrects, amountYen == null ? 0 : amountYen, reason, consoleUser.actor());
            Messages.info("billing.ui.adjustmentRequested", contractNumber);
            contractNumber = null;
            month = null;
            amountYen = null;
            reason = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        recent = adjustments.recent(SHOWN);
    }

    public void decide(AdjustmentView adjustment, boolean approve) {
        try {
            adjustments.decide(adjustment.getId(), adjustment.getVersion(), approve, consoleUser.actor());
            Messages.info(approve ? "billing.ui.adjustmentApproved" : "billing.ui.adjustmentRejected");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        recent = adjustments.recent(SHOWN);
    }

    public List<AdjustmentView> getRecent() { return recent; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public Long getAmountYen() { return amountYen; }
    public void setAmountYen(Long amountYen) { this.amountYen = amountYen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
