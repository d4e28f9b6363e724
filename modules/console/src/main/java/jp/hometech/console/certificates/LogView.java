package jp.hometech.console.certificates;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.certificates.api.CertificatePurpose;
import jp.hometech.certificates.api.CertificateQuery;
import jp.hometech.certificates.api.CertificateService;
import jp.hometech.certificates.api.CertificateStatus;
import jp.hometech.certificates.api.CertificateView;
import jp.hometech.certificates.api.IssueCommand;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * ADMIN, RECRUITER: the issue log (C4), paged and sorted in SQL, with what each issue printed and its hashes;
 * a valid certificate is reissued from its row (the version shown in the row guards against a concurrent reissue).
 */
@Named("certificateLogView")
@ViewScoped
public class LogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    @Inject
    ConsoleUser consoleUser;

    private final CertificateRows rows = new CertificateRows();
    private String text;
    private CertificateStatus status;

    private long certificateId;
    private long certificateVersion;
    private String certificateNumber;
    private CertificatePurpose purpose;
    private String purposeNote;
    private String remarks;
    private CertificateView details;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
    }

    /** Opens the reissue dialog with the purpose and remark of the certificate being replaced. */
    public void prepareReissue() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        certificateId = Long.parseLong(parameters.get("certificateId"));
        certificateVersion = Long.parseLong(parameters.get("certificateVersion"));
        CertificateView current = certificates.find(certificateId).orElse(null);
        certificateNumber = current == null ? parameters.get("certificateNumber") : current.getNumber();
        purpose = current == null ? CertificatePurpose.NURSERY : current.getPurpose();
        purposeNote = current == null ? null : current.getPurposeNote();
        remarks = current == null ? null : current.getRemarks();
    }

    public void reissue() {
        try {
            CertificateView replacement = certificates.reissue(certificateId, certificateVersion,
                    new IssueCommand(purpose, purposeNote, remarks), consoleUser.actor());
            Messages.info("certificates.log.reissued", certificateNumber, replacement.getNumber());
            PrimeFaces.current().ajax().addCallbackParam("reissued", true);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public void showDetails() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("certificateId");
        details = certificates.find(Long.parseLong(id)).orElse(null);
    }

    public CertificateStatus[] getStatuses() { return CertificateStatus.values(); }
    public CertificatePurpose[] getPurposes() { return CertificatePurpose.values(); }
    public LazyDataModel<CertificateView> getRows() { return rows; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; }
    public String getCertificateNumber() { return certificateNumber; }
    public CertificatePurpose getPurpose() { return purpose; }
    public void setPurpose(CertificatePurpose purpose) { this.purpose = purpose; }
    public String getPurposeNote() { return purposeNote; }
    public void setPurposeNote(String purposeNote) { this.purposeNote = purposeNote; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public CertificateView getDetails() { return details; }

    private final class CertificateRows extends LazyDataModel<CertificateView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) certificates.search(query(), new PageRequest(0, 1, "issuedAt", false)).totalCount();
        }

        @Override
        public List<CertificateView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return certificates.search(query(), new PageRequest(first, pageSize, sort == null ? "issuedAt" : sort.getField(),
                    sort != null && sort.getOrder() != SortOrder.DESCENDING)).rows();
        }

        @Override
        public String getRowKey(CertificateView certificate) {
            return String.valueOf(certificate.getId());
        }

        private CertificateQuery query() {
            return new CertificateQuery(text, status, null);
        }
    }
}
