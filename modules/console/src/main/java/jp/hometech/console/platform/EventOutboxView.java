package jp.hometech.console.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.event.OutboxAdministration;
import jp.hometech.platform.api.event.OutboxEntryView;
import jp.hometech.platform.api.event.OutboxQuery;
import jp.hometech.platform.api.event.OutboxStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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

    private final EntryRows rows = new EntryRows();
    private OutboxStatus status = OutboxStatus.FAILED;
    private String eventType;
    private long undelivered;

    @PostConstruct
    void init() {
        rows.setPageSize(50);
        undelivered = outbox.countUndelivered();
    }

    public void search() {
        undelivered = outbox.countUndelivered();
    }

    public void retryNow(long id) {
        outbox.retryNow(id, consoleUser.actor());
        Messages.info("outbox.retryScheduled", id);
    }

    public OutboxStatus[] getStatuses() { return OutboxStatus.values(); }
    public LazyDataModel<OutboxEntryView> getRows() { return rows; }
    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public long getUndelivered() { return undelivered; }

    private final class EntryRows extends LazyDataModel<OutboxEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outbox.search(new OutboxQuery(status, null, eventType, null), PageRequest.first(1)).totalCount();
        }

        @Override
        public List<OutboxEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return outbox.search(new OutboxQuery(status, null, eventType, null), new PageRequest(first, pageSize,
                    sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING)).rows();
        }

        @Override
        public String getRowKey(OutboxEntryView entry) {
            return String.valueOf(entry.getId());
        }
    }
}
