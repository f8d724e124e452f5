package org.incubator.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.incubator.identity.UserAccount;

/**
 * A file attached to an application: what it is, what it was called, its checked format, size and
 * fingerprint. The bytes are kept by the document store under {@code storageKey}, never under the
 * name the applicant gave.
 */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

  public static final int NAME_LENGTH = 150;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 30, nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(name = "file_name", length = NAME_LENGTH, nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", length = 40, nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", length = 64, nullable = false, updatable = false)
  private String sha256;

  @Column(name = "storage_key", length = 36, nullable = false, updatable = false)
  private String storageKey;

  @Column(
      name = "uploaded_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected ApplicationDocument() {}

  public ApplicationDocument(
      Application application,
      DocumentKind kind,
      String fileName,
      DocumentFormat format,
      long size,
      String sha256,
      String by,
      Instant when) {
    this.application = Objects.requireNonNull(application, "application");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.fileName = cleanName(fileName, format);
    this.mediaType = format.getMediaType();
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.storageKey = UUID.randomUUID().toString();
    this.uploadedBy = Objects.requireNonNull(by, "by");
    this.uploadedAt = Objects.requireNonNull(when, "when");
  }

  /**
   * The name as shown and offered for download: no folders, no control or invisible characters (a
   * right-to-left override, U+202E, before {@code fdp.exe} shows it as {@code exe.pdf}), not too
   * long, and ending with the extension of the format the content was recognised as, whatever
   * extension the applicant gave: the computer that opens it goes by the extension.
   */
  static String cleanName(String name, DocumentFormat format) {
    String base =
        name == null ? "" : name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\"]", "").replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip().replaceAll("[.\\s]+$", "");
    int dot = base.lastIndexOf('.');
    if (dot >= 0) {
      base = base.substring(0, dot).strip();
    }
    if (base.isEmpty()) {
      base = "document";
    }
    String extension = "." + format.getExtension();
    int room = NAME_LENGTH - extension.length();
    if (base.length() > room) {
      base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room);
    }
    return base + extension;
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public DocumentKind getKind() {
    return kind;
  }

  /**
   * The name as shown and downloaded, cleaned again on the way out: names kept before the rule came
   * in get it too.
   */
  public String getFileName() {
    return cleanName(fileName, DocumentFormat.ofMediaType(mediaType));
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
