package jp.hometech.console.scheduling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.scheduling.api.ImportResult;
import jp.hometech.scheduling.api.ImportRowError;
import jp.hometech.scheduling.api.ImportSource;
import jp.hometech.scheduling.api.WorkRecordImport;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * SCHEDULER, ADMIN: upload of a work-record file from the telephony system. The upload shows its progress in
 * the browser; the import then checks every row and either stores the whole file or lists every bad row.
 */
@Named("schedulingImportView")
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkRecordImport workRecords;

    @Inject
    ConsoleUser consoleUser;

    private ImportResult result;
    private String fileName;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        result = workRecords.importCsv(file.getContent(), fileName, ImportSource.UPLOAD, consoleUser.actor());
        if (result.isStored()) {
            Messages.info("scheduling.ui.imported", result.getRowsImported(), result.getRowsReplaced());
        } else {
            Messages.error("scheduling.ui.importRefused", result.getErrors().size());
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public String errorText(ImportRowError error) {
        return Messages.text(error.getMessageKey(), error.getArguments());
    }

    public ImportResult getResult() { return result; }
    public String getFileName() { return fileName; }
    public List<ImportRowError> getErrors() { return result == null ? List.of() : result.getErrors(); }
}
