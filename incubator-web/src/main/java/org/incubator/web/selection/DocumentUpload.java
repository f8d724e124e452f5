package org.incubator.web.selection;

import java.io.Serializable;
import org.incubator.selection.DocumentKind;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.Uploads;
import org.primefaces.model.file.UploadedFile;

/**
 * The "attach a document" form of an application page: the kind and the file chosen. The file is
 * refused before it is read when it is too big; its format is then checked on its content.
 */
public class DocumentUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The service call that keeps the file for the page's application. */
  @FunctionalInterface
  public interface Attach {
    Long attach(DocumentKind kind, String fileName, byte[] content);
  }

  private DocumentKind kind = DocumentKind.CIN_SCAN;
  private transient UploadedFile file;

  /** Returns whether the document was kept; a refusal is shown on its field. */
  public boolean send(Attach service) {
    try {
      if (file == null || file.getSize() == 0) {
        throw IncubatorException.onField("file", "selection.document.empty");
      }
      service.attach(kind, file.getFileName(), Uploads.content(file, "file"));
      Messages.info("selection.document.kept", file.getFileName());
      file = null;
      return true;
    } catch (IncubatorException e) {
      Messages.show(e);
      return false;
    }
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
