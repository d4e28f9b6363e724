package jp.hometech.console.certificates;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.certificates.api.CertificatePurpose;
import jp.hometech.certificates.api.CertificateService;
import jp.hometech.certificates.api.CertificateView;
import jp.hometech.certificates.api.IssueCommand;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.recruitment.api.ContractQuery;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * ADMIN, RECRUITER: issue a certificate for any contractor (C4), chosen from the contracts (paged in SQL by
 * recruitment), with a purpose and a 備考 line.
 */
@Named("certificateIssueView")
@ViewScoped
public class IssueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    @EJB
    ContractService contracts;

    @EJB
    AccountService accounts;

    @Inject
    ConsoleUser consoleUser;

    private final ContractRows rows = new ContractRows();
    private ContractStatus status;
    private String text;

    private long contractId;
    private String contractorName;
    private String contractNumber;
    private CertificatePurpose purpose = CertificatePurpose.NURSERY;
    private String purposeNote;
    private String remarks;
    private CertificateView issued;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
    }

    /** Opens the dialog for a row; the contract id comes with the row as a request parameter. */
    public void prepare() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        contractId = Long.parseLong(parameters.get("contractId"));
        contractorName = parameters.get("contractorName");
        contractNumber = parameters.get("contractNumber");
        purpose = CertificatePurpose.NURSERY;
        purposeNote = null;
        remarks = null;
    }

    public void issue() {
        try {
            ContractView contract = contracts.find(contractId)
                    .orElseThrow(() -> new BusinessException("certificates.issue.noContract"));
            long accountId = accounts.findByUsername(contract.getContractorUsername())
                    .orElseThrow(() -> new BusinessException("certificates.issue.noContract")).getId();
            issued = certificates.issue(accountId, new IssueCommand(purpose, purposeNote, remarks), consoleUser.actor());
            Messages.info("certificates.issuePage.issued", issued.getNumber());
            PrimeFaces.current().ajax().addCallbackParam("issued", true);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public ContractStatus[] getStatuses() { return ContractStatus.values(); }
    public CertificatePurpose[] getPurposes() { return CertificatePurpose.values(); }
    public LazyDataModel<ContractView> getRows() { return rows; }
    public ContractStatus getStatus() { return status; }
    public void setStatus(ContractStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getContractorName() { return contractorName; }
    public String getContractNumber() { return contractNumber; }
    public CertificatePurpose getPurpose() { return purpose; }
    public void setPurpose(CertificatePurpose purpose) { this.purpose = purpose; }
    public String getPurposeNote() { return purposeNote; }
    public void setPurposeNote(String purposeNote) { this.purposeNote = purposeNote; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public CertificateView getIssued() { return issued; }

    private final class ContractRows extends LazyDataModel<ContractView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contracts.search(new ContractQuery(status, text), new PageRequest(0, 1, "startDate", false))
                    .totalCount();
        }

        @Override
        public List<ContractView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return contracts.search(new ContractQuery(status, text), new PageRequest(first, pageSize,
                    sort == null ? "startDate" : sort.getField(),
                    sort != null && sort.getOrder() != SortOrder.DESCENDING)).rows();
        }

        @Override
        public String getRowKey(ContractView contract) {
            return String.valueOf(contract.getId());
        }
    }
}
