package jp.hometech.console.platform;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.console.shell.LazyList;
import jp.hometech.platform.api.audit.AuditEntryView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.calendar.JapaneseCalendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** ADMIN: search the audit log by who, what, and when (dates are Japan time). */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog auditLog;

    private final LazyList<AuditQuery, AuditEntryView> rows = new LazyList<>(AuditLog.SORT, 50, this::query,
            query -> auditLog.count(query), (query, page) -> auditLog.search(query, page), AuditEntryView::getId);
    private String actor;
    private String module;
    private String action;
    private String text;
    private LocalDate from;
    private LocalDate to;

    private AuditQuery query() {
        Instant fromInstant = from == null ? null : from.atStartOfDay(JapaneseCalendar.ZONE).toInstant();
        Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(JapaneseCalendar.ZONE).toInstant();
        return new AuditQuery(actor, module, action, text, fromInstant, toInstant);
    }

    public LazyList<AuditQuery, AuditEntryView> getRows() { return rows; }
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

}
