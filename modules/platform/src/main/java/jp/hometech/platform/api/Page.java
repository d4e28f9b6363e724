package jp.hometech.platform.api;

import java.util.List;

/** Rows of one page and the number of rows over all pages. */
public record Page<T>(List<T> rows, long totalCount) implements java.io.Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}
