package org.incubator.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where attached files live: a folder outside the web root and outside the database ({@code
 * incubator.documents.dir}, or {@code INCUBATOR_DOCUMENTS_DIR}, by default {@code
 * ~/.incubator/documents}), each file under its random storage key, never its own name.
 */
@ApplicationScoped
public class DocumentStore {

  private final Path root = root();

  private static Path root() {
    String configured =
        System.getProperty("incubator.documents.dir", System.getenv("INCUBATOR_DOCUMENTS_DIR"));
    return configured == null || configured.isBlank()
        ? Path.of(System.getProperty("user.home"), ".incubator", "documents")
        : Path.of(configured);
  }

  public void write(String storageKey, byte[] content) {
    Path target = pathOf(storageKey);
    try {
      Files.createDirectories(target.getParent());
      Path partial = Files.createTempFile(target.getParent(), "upload", ".part");
      Files.write(partial, content);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep document " + storageKey, e);
    }
  }

  public byte[] read(String storageKey) {
    try {
      return Files.readAllBytes(pathOf(storageKey));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read document " + storageKey, e);
    }
  }

  /** Storage keys are UUIDs; the first two characters spread the files over folders. */
  private Path pathOf(String storageKey) {
    if (!storageKey.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("Not a storage key: " + storageKey);
    }
    return root.resolve(storageKey.substring(0, 2)).resolve(storageKey);
  }
}
