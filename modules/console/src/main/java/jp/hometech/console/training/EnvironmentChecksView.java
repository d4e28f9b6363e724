package jp.hometech.console.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.AccountNames;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.training.api.EnvironmentCheckService;
import jp.hometech.training.api.EnvironmentCheckStatus;
import jp.hometech.training.api.EnvironmentCheckView;
import jp.hometech.training.api.EnvironmentFinding;
import jp.hometech.training.api.LineServiceView;
import jp.hometech.training.api.PcOsView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** TRAINER: the trainees' work-environment self-checks (E1–E7), verified or refused before call training. */
@Named
@ViewScoped
public class EnvironmentChecksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EnvironmentCheckService environment;

    @Inject
    AccountNames accountNames;

    @Inject
    ConsoleUser consoleUser;

    private final CheckRows rows = new CheckRows();
    private EnvironmentCheckStatus filterStatus = EnvironmentCheckStatus.SUBMITTED;
    private Map<String, LineServiceView> lineServices = Map.of();
    private Map<String, PcOsView> operatingSystems = Map.of();
    private EnvironmentCheckView selected;
    private String refusalReason;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
        lineServices = environment.lineServices().stream()
                .collect(Collectors.toMap(LineServiceView::getCode, Function.identity()));
        operatingSystems = environment.operatingSystems().stream()
                .collect(Collectors.toMap(PcOsView::getCode, Function.identity()));
    }

    public void select(long candidateId) {
        selected = environment.findByCandidate(candidateId).orElse(null);
        refusalReason = null;
    }

    public void verify() {
        decide(() -> environment.verify(selected.getId(), selected.getVersion(), consoleUser.actor()),
                "training.ui.environmentVerified");
    }

    public void refuse() {
        decide(() -> environment.refuse(selected.getId(), selected.getVersion(), refusalReason, consoleUser.actor()),
                "training.ui.environmentRefused");
    }

    private void decide(Supplier<EnvironmentCheckView> decision, String successKey) {
        if (selected == null) {
            return;
        }
        try {
            selected = decision.get();
            refusalReason = null;
            Messages.info(successKey, accountNames.username(selected.getAccountId()));
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public String lineServiceNames(Set<String> codes) {
        boolean japanese = "ja".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return codes.stream().map(code -> lineServices.get(code))
                .map(s -> s == null ? "?" : japanese ? s.getNameJa() : s.getNameEn())
                .sorted().collect(Collectors.joining("、"));
    }

    public String osName(String code) {
        PcOsView os = operatingSystems.get(code);
        return os == null ? code : os.getName();
    }

    public String findingText(EnvironmentFinding finding) {
        return Messages.text(finding.getMessageKey(), finding.getArguments().toArray());
    }

    public EnvironmentCheckStatus[] getStatuses() { return EnvironmentCheckStatus.values(); }
    public LazyDataModel<EnvironmentCheckView> getRows() { return rows; }
    public EnvironmentCheckStatus getFilterStatus() { return filterStatus; }
    public void setFilterStatus(EnvironmentCheckStatus filterStatus) { this.filterStatus = filterStatus; }
    public EnvironmentCheckView getSelected() { return selected; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }

    /** Paged in SQL, oldest submission first. */
    private final class CheckRows extends LazyDataModel<EnvironmentCheckView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) environment.search(filterStatus, PageRequest.first(1)).totalCount();
        }

        @Override
        public List<EnvironmentCheckView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
            return environment.search(filterStatus, new PageRequest(first, pageSize, null, true)).rows();
        }

        @Override
        public String getRowKey(EnvironmentCheckView check) {
            return String.valueOf(check.getId());
        }
    }
}
