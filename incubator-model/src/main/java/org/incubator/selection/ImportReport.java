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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.incubator.identity.UserAccount;

/**
 * The report of a sheet of paper applications imported into a call: who imported which file and
 * when, how many of its lines were read, imported and refused, and whether the import went to the
 * end. Kept, so that last week's import can still be read and its refused lines ({@link
 * RefusedLine}) corrected; the lines are counted as they are done, so the report is also the
 * import's progress.
 */
@Entity
@Table(name = "import_report")
public class ImportReport {

  public static final int FILE_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "call_id", nullable = false, updatable = false)
  private CallForApplications call;

  @Column(name = "file_name", length = FILE_NAME_LENGTH, nullable = false, updatable = false)
  private String fileName;

  @Column(
      name = "started_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 12, nullable = false)
  private ImportState state;

  @Column(name = "lines_total", nullable = false, updatable = false)
  private int linesTotal;

  @Column(name = "lines_read", nullable = false)
  private int linesRead;

  @Column(name = "lines_imported", nullable = false)
  private int linesImported;

  @Column(name = "lines_refused", nullable = false)
  private int linesRefused;

  protected ImportReport() {}

  /** An import that starts: the sheet was read and holds {@code lines} applicants' lines. */
  public ImportReport(
      CallForApplications call, String fileName, int lines, String by, Instant when) {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must not be negative: " + lines);
    }
    this.call = Objects.requireNonNull(call, "call");
    this.fileName = KeptText.fileName(fileName, FILE_NAME_LENGTH);
    this.linesTotal = lines;
    this.startedBy = Objects.requireNonNull(by, "by");
    this.startedAt = Objects.requireNonNull(when, "when");
    this.state = ImportState.RUNNING;
  }

  /** One more line of the sheet was imported. */
  public void lineImported() {
    countLine();
    linesImported++;
  }

  /**
   * One more line was refused: the line to keep, with the CIN it held and why (the column it
   * concerns, a message key and its arguments, read later in the reader's language).
   */
  public RefusedLine lineRefused(
      int line, String cin, String field, String messageKey, List<String> arguments) {
    countLine();
    linesRefused++;
    return new RefusedLine(this, line, cin, field, messageKey, arguments);
  }

  private void countLine() {
    if (state != ImportState.RUNNING) {
      throw new IllegalStateException("import " + id + " is " + state);
    }
    if (linesRead == linesTotal) {
      throw new IllegalStateException("import " + id + " has only " + linesTotal + " lines");
    }
    linesRead++;
  }

  /** Every line was done. */
  public void finish(Instant when) {
    end(ImportState.FINISHED, when);
  }

  /**
   * The server stopped while the import ran (it is found running when the server starts again): the
   * lines counted were done, the rest of the sheet was not read.
   */
  public void interrupt(Instant when) {
    end(ImportState.INTERRUPTED, when);
  }

  private void end(ImportState to, Instant when) {
    if (state != ImportState.RUNNING) {
      throw new IllegalStateException("import " + id + " is already " + state);
    }
    state = to;
    endedAt = Objects.requireNonNull(when, "when");
  }

  public Long getId() {
    return id;
  }

  public CallForApplications getCall() {
    return call;
  }

  public String getFileName() {
    return fileName;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Optional<Instant> getEndedAt() {
    return Optional.ofNullable(endedAt);
  }

  public ImportState getState() {
    return state;
  }

  public int getLinesTotal() {
    return linesTotal;
  }

  public int getLinesRead() {
    return linesRead;
  }

  public int getLinesImported() {
    return linesImported;
  }

  public int getLinesRefused() {
    return linesRefused;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ImportReport other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return ImportReport.class.hashCode();
  }
}
