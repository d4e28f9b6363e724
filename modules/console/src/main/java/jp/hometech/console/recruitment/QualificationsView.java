package jp.hometech.console.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.security.Role;
import jp.hometech.recruitment.api.QualificationDefinition;
import jp.hometech.recruitment.api.QualificationService;
import jp.hometech.recruitment.api.QualificationView;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The R4a qualification list: RECRUITER reads it, ADMIN adds and edits entries. */
@Named
@ViewScoped
public class QualificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualificationService qualifications;

    @Inject
    SecurityContext securityContext;

    @Inject
    ConsoleUser consoleUser;

    private List<QualificationView> rows;
    private Long editingId;
    private long editingVersion;
    private String code;
    private String nameJa;
    private String nameEn;
    private boolean qualifying = true;
    private boolean active = true;
    private int sortOrder = 100;

    @PostConstruct
    void load() {
        rows = qualifications.listAll();
    }

    public void prepareCreate() {
        editingId = null;
        code = null;
        nameJa = null;
        nameEn = null;
        qualifying = true;
        active = true;
        sortOrder = rows.stream().mapToInt(QualificationView::getSortOrder).max().orElse(0) + 10;
    }

    public void prepareEdit(QualificationView qualification) {
        editingId = qualification.getId();
        editingVersion = qualification.getVersion();
        code = qualification.getCode();
        nameJa = qualification.getNameJa();
        nameEn = qualification.getNameEn();
        qualifying = qualification.isQualifying();
        active = qualification.isActive();
        sortOrder = qualification.getSortOrder();
    }

    public void save() {
        if (!isAdmin()) {
            Messages.error("recruitment.qualifications.adminOnly");
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
            return;
        }
        QualificationDefinition definition = new QualificationDefinition(code, nameJa, nameEn, qualifying, active, sortOrder);
        try {
            QualificationView saved = editingId == null
                    ? qualifications.create(definition, consoleUser.actor())
                    : qualifications.update(editingId, editingVersion, definition, consoleUser.actor());
            Messages.info("recruitment.qualifications.saved", saved.getCode());
            PrimeFaces.current().executeScript("PF('qualificationDialog').hide()");
            load();
        } catch (BusinessException refused) {
            Messages.error(refused);
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
        PageMessages.onThisPageOnly();
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN.name());
    }

    public boolean isEditing() { return editingId != null; }
    public List<QualificationView> getRows() { return rows; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String nameJa) { this.nameJa = nameJa; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isQualifying() { return qualifying; }
    public void setQualifying(boolean qualifying) { this.qualifying = qualifying; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
