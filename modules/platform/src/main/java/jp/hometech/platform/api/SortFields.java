package jp.hometech.platform.api;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The fields a list may be sorted by, and its default sort. A service publishes its whitelist in its api; the
 * console's lazy model and the service both {@link #resolve resolve} a request through it, so a sort field that is
 * not on the list never reaches SQL: it is refused with a warning in the log and the default sort is used.
 */
public final class SortFields implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SortFields.class.getName());

    private final String list;
    private final String defaultField;
    private final boolean defaultAscending;
    private final Set<String> allowed;

    private SortFields(String list, String defaultField, boolean defaultAscending, Set<String> allowed) {
        if (!allowed.contains(defaultField)) {
            throw new IllegalArgumentException("the default sort " + defaultField + " of " + list + " is not allowed");
        }
        this.list = list;
        this.defaultField = defaultField;
        this.defaultAscending = defaultAscending;
        this.allowed = Set.copyOf(allowed);
    }

    /** list names the list in log messages; the default field is one of the allowed ones. */
    public static SortFields of(String list, String defaultField, boolean defaultAscending, String... allowed) {
        return new SortFields(list, defaultField, defaultAscending, new LinkedHashSet<>(List.of(allowed)));
    }

    /**
     * The request itself when its sort field is allowed; the default sort when it names none; and, when it names
     * a field that is not allowed, the default sort and a warning.
     */
    public PageRequest resolve(PageRequest request) {
        String field = request.sortField();
        if (field != null && allowed.contains(field)) {
            return request;
        }
        if (field != null && !field.isBlank()) {
            LOG.warning(() -> "Sort field '" + field + "' refused for " + list + " (allowed: " + allowed
                    + "); sorting by " + defaultField + (defaultAscending ? " ascending" : " descending"));
        }
        return new PageRequest(request.offset(), request.limit(), defaultField, defaultAscending);
    }

    /** The service's check that it has an SQL expression for every allowed field. */
    public void requireAll(Set<String> implemented) {
        if (!implemented.containsAll(allowed)) {
            throw new IllegalStateException(list + " cannot sort by " + allowed.stream()
                    .filter(f -> !implemented.contains(f)).toList());
        }
    }

    public Set<String> allowed() {
        return allowed;
    }

    public String defaultField() {
        return defaultField;
    }

    public boolean defaultAscending() {
        return defaultAscending;
    }
}
