package jp.hometech.scheduling.internal.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.scheduling.api.ImportSource;

import java.time.Instant;

@Entity
@Table(name = "work_import")
public class WorkImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ImportSource source;

    @Column(name = "file_name", length = 255, updatable = false)
    private String fileName;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64, updatable = false)
    private String importedBy;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "rows_replaced", nullable = false)
    private int rowsReplaced;

    protected WorkImportRecord() {
    }

    WorkImportRecord(ImportSource source, String fileName, Instant importedAt, String importedBy) {
        this.source = source;
        this.fileName = fileName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    void counted(int imported, int replaced) {
        rowsImported = imported;
        rowsReplaced = replaced;
    }

    public Long getId() { return id; }
}
