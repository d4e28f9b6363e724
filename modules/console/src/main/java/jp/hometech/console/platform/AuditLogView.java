package jp.hometech.console.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditEntryView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** ADMIN: search the audit log by who, what, and when (dates are Japan time). */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog auditLog;

    private final AuditRows rows = new AuditRows();
    private String actor;
    private String module;
    private String action;
    private String text;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        rows.setPageSize(50);
    }

    private AuditQuery query() {
        Instant fromInstant = from == null ? null : from.atStartOfDay(JapaneseCalendar.ZONE).toInstant();
        Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(JapaneseCalendar.ZONE).toInstant();
        return new AuditQuery(actor, module, action, text, fromInstant, toInstant);
    }

    public LazyDataModel<AuditEntryView> getRows() { return rows; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    private final class AuditRows extends LazyDataModel<AuditEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.search(query(), PageRequest.first(1)).totalCount();
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return auditLog.search(query(), new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING)).rows();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.getId());
        }
    }
}
