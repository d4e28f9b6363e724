package jp.hometech.console.shell;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one lazy table model of the console. A list gives its current filter, a count query and a page query of
 * its module's api, and the sort whitelist the api publishes. The table asks for the count on every page turn;
 * this model runs the count query only when the filter changed (or after {@link #recount()}), so a page turn
 * costs one page query, whatever the table's size. Counts stop at {@link RowCount#CAP}: the paginator then
 * says "more than 10,000" (see {@link #getPageReport()}). A sort field that is not on the whitelist is refused
 * (a warning in the log) and the list's default sort is used.
 *
 * @param <Q> the filter (a value with equals, e.g. the api's query record)
 * @param <T> a row
 */
public final class LazyList<Q, T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    @FunctionalInterface
    public interface Filter<Q> extends Serializable {
        Q current();
    }

    @FunctionalInterface
    public interface Counter<Q> extends Serializable {
        RowCount count(Q filter);
    }

    @FunctionalInterface
    public interface Pager<Q, T> extends Serializable {
        List<T> page(Q filter, PageRequest request);
    }

    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final SortFields sort;
    private final Filter<Q> filter;
    private final Counter<Q> counter;
    private final Pager<Q, T> pager;
    private final RowKey<T> rowKey;

    private boolean counted;
    private Q countedFor;
    private RowCount count = RowCount.exactly(0);
    private PageRequest lastRequest;

    public LazyList(SortFields sort, int pageSize, Filter<Q> filter, Counter<Q> counter, Pager<Q, T> pager,
                    RowKey<T> rowKey) {
        this.sort = sort;
        this.filter = filter;
        this.counter = counter;
        this.pager = pager;
        this.rowKey = rowKey;
        this.lastRequest = sort.resolve(PageRequest.first(pageSize));
        setPageSize(pageSize);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Q current = filter.current();
        if (!counted || !Objects.equals(current, countedFor)) {
            count = counter.count(current);
            countedFor = current;
            counted = true;
        }
        return (int) count.rows();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta picked = sortBy == null ? null : sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        PageRequest request = picked == null
                ? new PageRequest(first, pageSize, null, sort.defaultAscending())
                : new PageRequest(first, pageSize, picked.getField(), picked.getOrder() != SortOrder.DESCENDING);
        lastRequest = sort.resolve(request);
        return pager.page(filter.current(), lastRequest);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    /** Counts again on the next render, e.g. after the user added or removed a row. */
    public void recount() {
        counted = false;
    }

    /** Whether more rows match than were counted. */
    public boolean isCapped() {
        return count.capped();
    }

    /** The sort of the last page shown, for an export in the same order. */
    public PageRequest getLastRequest() {
        return lastRequest;
    }

    /** The paginator's report (PrimeFaces fills in the braces): "more than 10,000" when the count stopped at the cap. */
    public String getPageReport() {
        return Messages.text(pageReportKey());
    }

    String pageReportKey() {
        return count.capped() ? "list.pageReportCapped" : "list.pageReport";
    }
}
