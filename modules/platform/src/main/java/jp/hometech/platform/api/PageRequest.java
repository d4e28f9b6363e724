package jp.hometech.platform.api;

/** One page of a list, with the sort a user picked; the service sorts and pages in SQL. */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) implements java.io.Serializable {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}
