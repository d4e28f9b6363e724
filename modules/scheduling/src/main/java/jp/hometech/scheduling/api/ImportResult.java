package jp.hometech.scheduling.api;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did. With any error nothing of the file was stored ({@link #isStored()} false) and every bad
 * row is listed; otherwise {@code rowsImported} rows were stored, {@code rowsReplaced} of the earlier rows
 * were removed because the file carried the same contractor's day again.
 */
public final class ImportResult implements Serializable {

    private final long importId;
    private final int rowsImported;
    private final int rowsReplaced;
    private final List<ImportRowError> errors;

    public ImportResult(long importId, int rowsImported, int rowsReplaced, List<ImportRowError> errors) {
        this.importId = importId;
        this.rowsImported = rowsImported;
        this.rowsReplaced = rowsReplaced;
        this.errors = List.copyOf(errors);
    }

    /** 0 when nothing was stored. */
    public long getImportId() { return importId; }
    public int getRowsImported() { return rowsImported; }
    public int getRowsReplaced() { return rowsReplaced; }
    public List<ImportRowError> getErrors() { return errors; }
    public boolean isStored() { return errors.isEmpty(); }
}
