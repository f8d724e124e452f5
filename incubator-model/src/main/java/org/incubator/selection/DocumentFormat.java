package org.incubator.selection;

import java.util.Arrays;
import java.util.Optional;
import org.incubator.shared.IncubatorException;

/**
 * The file formats an application accepts, recognised by their first bytes and never by the file's
 * name: a PDF, a JPEG or a PNG, of at most {@link #MAX_BYTES}.
 */
public enum DocumentFormat {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final String mediaType;
  private final String extension;
  private final byte[] signature;

  DocumentFormat(String mediaType, String extension, byte[] signature) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.signature = signature;
  }

  public String getMediaType() {
    return mediaType;
  }

  /** The usual extension of the format, without its dot: what a downloaded file is named with. */
  public String getExtension() {
    return extension;
  }

  /** The format the content starts with, if it is one of ours. */
  public static Optional<DocumentFormat> of(byte[] content) {
    return Arrays.stream(values())
        .filter(format -> startsWith(content, format.signature))
        .findFirst();
  }

  public static DocumentFormat ofMediaType(String mediaType) {
    return Arrays.stream(values())
        .filter(format -> format.mediaType.equals(mediaType))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(mediaType));
  }

  /**
   * The format of an uploaded file, or a refusal on the file field: empty, too big, or not a
   * PDF/JPEG/PNG.
   */
  public static DocumentFormat check(byte[] content) {
    if (content == null || content.length == 0) {
      throw IncubatorException.onField("file", "selection.document.empty");
    }
    if (content.length > MAX_BYTES) {
      throw IncubatorException.onField(
          "file", "selection.document.tooBig", MAX_BYTES / (1024 * 1024));
    }
    return of(content)
        .orElseThrow(() -> IncubatorException.onField("file", "selection.document.format"));
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content == null || content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
