package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.DocumentFormat;
import org.incubator.selection.ImportLine;
import org.incubator.selection.ImportStatus;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;
import org.incubator.web.shared.WholeListModel;
import org.primefaces.model.file.UploadedFile;

/**
 * Imports a sheet of paper applications into a call ({@code ?call=}) and follows its progress;
 * lists the imports the mentor ran (an administrator: all), and shows a kept report again ({@code
 * &report=}).
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationImport imports;

  @Inject private RankingBacking ranking;

  private transient UploadedFile file;
  private String reportParameter;
  private Long reportId;
  private ImportStatus status;
  private WholeListModel<ImportStatus> recent;
  private RefusedLineLazyModel refusedLines;

  public void load() {
    ranking.load();
    if (recent == null) {
      recent =
          WholeListModel.of("imports", imports::countRecent, imports::recent, ImportStatus::id);
      refusedLines = new RefusedLineLazyModel(imports, () -> reportId, () -> status);
      if (reportParameter != null && !reportParameter.isBlank()) {
        reportId = RecordIds.parse(reportParameter, "selection.import.notFound");
      }
    }
    if (reportId != null) {
      status = imports.status(reportId);
    }
  }

  public void start() {
    try {
      if (file == null || file.getSize() == 0) {
        throw IncubatorException.onField("file", "selection.document.empty");
      }
      if (file.getSize() > 4L * DocumentFormat.MAX_BYTES) {
        throw IncubatorException.onField(
            "file", "selection.document.tooBig", 4 * DocumentFormat.MAX_BYTES / (1024 * 1024));
      }
      reportId = imports.start(ranking.getCallId(), file.getFileName(), file.getContent());
      status = imports.status(reportId);
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /** Reads the report again; the page asks every second while the import runs. */
  public void refresh() {
    if (reportId != null) {
      status = imports.status(reportId);
    }
  }

  public ImportStatus getStatus() {
    return status;
  }

  public int getPercent() {
    return status == null ? 0 : status.percent();
  }

  public boolean isRunning() {
    return status != null && status.running();
  }

  /** A refused line's reason in the reader's language; enum and other arguments as they are. */
  public String reasonOf(ImportLine line) {
    return Messages.text(line.messageKey(), Arrays.stream(line.arguments()).toArray());
  }

  public WholeListModel<ImportStatus> getRecent() {
    return recent;
  }

  public RefusedLineLazyModel getRefusedLines() {
    return refusedLines;
  }

  public String getReportParameter() {
    return reportParameter;
  }

  public void setReportParameter(String reportParameter) {
    this.reportParameter = reportParameter;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
