package org.incubator.web.shared;

import org.incubator.selection.DocumentFormat;
import org.incubator.shared.IncubatorException;
import org.primefaces.model.file.UploadedFile;

/** A file sent with a form, read only when it is not too big for any attachment. */
public final class Uploads {

  private Uploads() {}

  /** The file's content; a file over the attachments' limit is refused on {@code field} unread. */
  public static byte[] content(UploadedFile file, String field) {
    if (file.getSize() > DocumentFormat.MAX_BYTES) {
      throw IncubatorException.onField(
          field, "selection.document.tooBig", DocumentFormat.MAX_BYTES / (1024 * 1024));
    }
    return file.getContent();
  }
}
