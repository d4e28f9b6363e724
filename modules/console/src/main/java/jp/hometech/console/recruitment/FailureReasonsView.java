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
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.platform.api.security.Role;
import jp.hometech.recruitment.api.InterviewFailureCount;
import jp.hometech.recruitment.api.InterviewFailureReasonDefinition;
import jp.hometech.recruitment.api.InterviewFailureReasonService;
import jp.hometech.recruitment.api.InterviewFailureReasonView;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * R8: the reasons other than R4c that decide a failed interview. RECRUITER reads them and counts the fails per
 * deciding reason; ADMIN adds and edits reasons.
 */
@Named
@ViewScoped
public class FailureReasonsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InterviewFailureReasonService reasons;

    @Inject
    SecurityContext securityContext;

    @Inject
    ConsoleUser consoleUser;

    private List<InterviewFailureReasonView> rows;
    private Long editingId;
    private long editingVersion;
    private String code;
    private String nameJa;
    private String nameEn;
    private boolean active = true;
    private int sortOrder = 100;

    private LocalDate countFrom;
    private LocalDate countTo;
    private List<InterviewFailureCount> counts = List.of();

    @Inject
    BusinessClock clock;

    @PostConstruct
    void load() {
        rows = reasons.listAll();
        if (countTo == null) {
            countTo = clock.today();
            countFrom = countTo.minusMonths(3).plusDays(1);
            counts = reasons.countFailures(countFrom, countTo);
        }
    }

    public void count() {
        try {
            counts = reasons.countFailures(countFrom, countTo);
        } catch (BusinessException refused) {
            counts = List.of();
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
    }

    public long getTotalFailures() {
        return counts.stream().mapToLong(InterviewFailureCount::getCount).sum();
    }

    public void prepareCreate() {
        editingId = null;
        code = null;
        nameJa = null;
        nameEn = null;
        active = true;
        sortOrder = rows.stream().mapToInt(InterviewFailureReasonView::getSortOrder).max().orElse(0) + 10;
    }

    public void prepareEdit(InterviewFailureReasonView reason) {
        editingId = reason.getId();
        editingVersion = reason.getVersion();
        code = reason.getCode();
        nameJa = reason.getNameJa();
        nameEn = reason.getNameEn();
        active = reason.isActive();
        sortOrder = reason.getSortOrder();
    }

    public void save() {
        if (!isAdmin()) {
            Messages.error("recruitment.failureReasons.adminOnly");
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
            return;
        }
        InterviewFailureReasonDefinition definition = new InterviewFailureReasonDefinition(code, nameJa, nameEn, active,
                sortOrder);
        try {
            InterviewFailureReasonView saved = editingId == null
                    ? reasons.create(definition, consoleUser.actor())
                    : reasons.update(editingId, editingVersion, definition, consoleUser.actor());
            Messages.info("recruitment.failureReasons.saved", saved.getCode());
            PrimeFaces.current().executeScript("PF('reasonDialog').hide()");
            rows = reasons.listAll();
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
    public List<InterviewFailureReasonView> getRows() { return rows; }
    public List<InterviewFailureCount> getCounts() { return counts; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String nameJa) { this.nameJa = nameJa; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public LocalDate getCountFrom() { return countFrom; }
    public void setCountFrom(LocalDate countFrom) { this.countFrom = countFrom; }
    public LocalDate getCountTo() { return countTo; }
    public void setCountTo(LocalDate countTo) { this.countTo = countTo; }
}
