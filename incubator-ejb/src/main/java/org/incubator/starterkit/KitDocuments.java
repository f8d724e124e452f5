package org.incubator.starterkit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import org.incubator.selection.DocumentContent;
import org.incubator.selection.DocumentFormat;
import org.incubator.selection.DocumentStore;
import org.incubator.shared.IncubatorException;

/**
 * The files of the kits (delivery notes, hand-over photos), kept as every attached file is: checked
 * by their first bytes, stored by the document store under a random key, never their own name.
 */
@Dependent
public class KitDocuments {

  @Inject private DocumentStore store;

  /**
   * Keeps the file; a file that is empty, too big or of another format is refused on {@code field}.
   */
  public AttachedFile keep(String fileName, byte[] content, String field) {
    DocumentFormat format;
    try {
      format = DocumentFormat.check(content);
    } catch (IncubatorException e) {
      throw IncubatorException.onField(field, e.getMessageKey(), e.getArguments());
    }
    String name =
        fileName == null || fileName.isBlank()
            ? "file." + format.name().toLowerCase()
            : fileName.strip();
    if (name.length() > AttachedFile.FILE_NAME_LENGTH) {
      name = name.substring(name.length() - AttachedFile.FILE_NAME_LENGTH);
    }
    String key = UUID.randomUUID().toString();
    store.write(key, content);
    return new AttachedFile(name, format.getMediaType(), key);
  }

  public DocumentContent open(AttachedFile file) {
    return new DocumentContent(
        file.getFileName(), file.getMediaType(), store.read(file.getStorageKey()));
  }
}
