package jp.hometech.platform.api;

import jakarta.persistence.TypedQuery;

/**
 * How many rows a list's filter matches, counted at most up to {@link #CAP}: a list shows "more than 10,000"
 * rather than counting a million rows, and a user narrows the filter to see the rest.
 *
 * @param rows   the rows counted, at most CAP
 * @param capped whether more rows match than were counted
 */
public record RowCount(long rows, boolean capped) implements java.io.Serializable {

    public static final int CAP = 10_000;

    public RowCount {
        if (rows < 0 || rows > CAP) {
            throw new IllegalArgumentException("rows must be 0.." + CAP + ": " + rows);
        }
        if (capped && rows != CAP) {
            throw new IllegalArgumentException("a capped count is " + CAP + ": " + rows);
        }
    }

    public static RowCount exactly(long rows) {
        return rows > CAP ? new RowCount(CAP, true) : new RowCount(rows, false);
    }

    /**
     * Counts the rows of a query that selects the matching ids, reading at most CAP + 1 of them (an index-only
     * read for an unfiltered table), never the whole table.
     */
    public static RowCount of(TypedQuery<?> matchingIds) {
        return exactly(matchingIds.setFirstResult(0).setMaxResults(CAP + 1).getResultList().size());
    }
}
