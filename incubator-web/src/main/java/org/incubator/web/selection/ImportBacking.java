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
import org.primefaces.model.file.UploadedFile;

/** Imports a sheet of paper applications into a call ({@code ?call=}) and follows its progress. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationImport imports;

  @Inject private RankingBacking ranking;

  private transient UploadedFile file;
  private String importId;
  private ImportStatus status;

  public void load() {
    ranking.load();
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
      importId = imports.start(ranking.getCallId(), file.getContent());
      status = imports.status(importId);
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /** Reads the progress again; the page asks every half second while the import runs. */
  public ImportStatus getStatus() {
    if (importId != null && (status == null || !status.finished())) {
      status = imports.status(importId);
    }
    return status;
  }

  public int getPercent() {
    return getStatus() == null ? 0 : getStatus().percent();
  }

  public boolean isRunning() {
    return getStatus() != null && !getStatus().finished();
  }

  /** A refused line's reason in the reader's language; enum and other arguments as they are. */
  public String reasonOf(ImportLine line) {
    return Messages.text(line.messageKey(), Arrays.stream(line.arguments()).toArray());
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
