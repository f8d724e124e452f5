package org.incubator.starterkit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A file attached to a kit's record (a delivery's scanned note, a hand-over's or a visit's photo):
 * its name as sent, its format, and the random key the document store keeps it under.
 */
@Embeddable
public class AttachedFile implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int FILE_NAME_LENGTH = 200;

  @Column(name = "file_name", length = FILE_NAME_LENGTH, updatable = false)
  private String fileName;

  @Column(name = "media_type", length = 100, updatable = false)
  private String mediaType;

  @Column(name = "storage_key", length = 80, updatable = false)
  private String storageKey;

  protected AttachedFile() {}

  public AttachedFile(String fileName, String mediaType, String storageKey) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.storageKey = storageKey;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getStorageKey() {
    return storageKey;
  }
}
