package jp.hometech.console.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.LazyList;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.event.OutboxAdministration;
import jp.hometech.platform.api.event.OutboxEntryView;
import jp.hometech.platform.api.event.OutboxQuery;
import jp.hometech.platform.api.event.OutboxStatus;

import java.io.Serializable;

/**
 * ADMIN: the events between modules that are waiting or failed (the platform's outbox), with their attempts,
 * last error and next attempt, and "retry now" for a failed one. Opens on the failed ones.
 */
@Named
@ViewScoped
public class EventOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OutboxAdministration outbox;

    @Inject
    ConsoleUser consoleUser;

    private final LazyList<OutboxQuery, OutboxEntryView> rows = new LazyList<>(OutboxAdministration.SORT, 50, this::query,
            query -> outbox.count(query), (query, page) -> outbox.search(query, page), OutboxEntryView::getId);
    private OutboxStatus status = OutboxStatus.FAILED;
    private String eventType;
    private long undelivered;

    @PostConstruct
    void init() {
        undelivered = outbox.countUndelivered();
    }

    private OutboxQuery query() {
        return new OutboxQuery(status, null, eventType, null);
    }

    public void search() {
        undelivered = outbox.countUndelivered();
    }

    public void retryNow(long id) {
        outbox.retryNow(id, consoleUser.actor());
        rows.recount();
        Messages.info("outbox.retryScheduled", id);
    }

    public OutboxStatus[] getStatuses() { return OutboxStatus.values(); }
    public LazyList<OutboxQuery, OutboxEntryView> getRows() { return rows; }
    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public long getUndelivered() { return undelivered; }
}
