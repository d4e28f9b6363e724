package jp.hometech.console.certificates;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
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

import java.io.Serializable;
import java.util.List;

/**
 * CONTRACTOR: issue one's own certificate for a chosen purpose and download it (C4). The person is always the
 * signed-in caller; the page sends no id of a contractor or a certificate to act on.
 */
@Named("certificatePortalView")
@ViewScoped
public class CertificatesPortalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    @Inject
    ConsoleUser consoleUser;

    private CertificatePurpose purpose = CertificatePurpose.NURSERY;
    private String purposeNote;
    private List<CertificateView> own = List.of();
    private String lastIssuedNumber;

    @PostConstruct
    void load() {
        own = certificates.ownCertificates(consoleUser.actor());
    }

    public void issue() {
        try {
            CertificateView issued = certificates.issueOwn(new IssueCommand(purpose, purposeNote, null), consoleUser.actor());
            lastIssuedNumber = issued.getNumber();
            purposeNote = null;
            own = certificates.ownCertificates(consoleUser.actor());
            Messages.info("certificates.portal.issued", issued.getNumber());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text("certificates.portal.acceptance"), null));
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public CertificatePurpose[] getPurposes() { return CertificatePurpose.values(); }
    public CertificatePurpose getPurpose() { return purpose; }
    public void setPurpose(CertificatePurpose purpose) { this.purpose = purpose; }
    public String getPurposeNote() { return purposeNote; }
    public void setPurposeNote(String purposeNote) { this.purposeNote = purposeNote; }
    public List<CertificateView> getOwn() { return own; }
    public String getLastIssuedNumber() { return lastIssuedNumber; }
}
