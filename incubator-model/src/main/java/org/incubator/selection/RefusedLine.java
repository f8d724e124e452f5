package org.incubator.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A line of an imported sheet that was refused, nothing of it kept: its number in the sheet, the
 * CIN it held, and why — the column it concerns, a message key and its arguments, so that each
 * reader reads the reason in their own language. Written once with its report, never changed: the
 * table refuses updates and deletes.
 */
@Entity
@Table(name = "import_refused_line")
public class RefusedLine {

  public static final int CIN_LENGTH = 40;
  public static final int FIELD_LENGTH = 60;
  public static final int KEY_LENGTH = 100;
  public static final int ARGUMENT_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private ImportReport report;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int line;

  /** As the sheet had it, cut to a length a CIN never needs: a refused line may hold anything. */
  @Column(name = "cin", length = CIN_LENGTH, updatable = false)
  private String cin;

  @Column(name = "field", length = FIELD_LENGTH, updatable = false)
  private String field;

  @Column(name = "message_key", length = KEY_LENGTH, nullable = false, updatable = false)
  private String messageKey;

  /** The message's arguments as text, in order; a page of lines reads them in one statement. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "import_refused_line_argument",
      joinColumns = @JoinColumn(name = "refused_line_id"))
  @OrderColumn(name = "argument_index")
  @Column(name = "argument", length = ARGUMENT_LENGTH, nullable = false, updatable = false)
  @BatchFetch(BatchFetchType.IN)
  private List<String> arguments = new ArrayList<>();

  protected RefusedLine() {}

  RefusedLine(
      ImportReport report,
      int line,
      String cin,
      String field,
      String messageKey,
      List<String> arguments) {
    this.report = Objects.requireNonNull(report, "report");
    this.line = line;
    this.cin = KeptText.cut(cin, CIN_LENGTH);
    this.field = KeptText.cut(field, FIELD_LENGTH);
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    if (messageKey.length() > KEY_LENGTH) {
      throw new IllegalArgumentException("message key too long: " + messageKey);
    }
    this.arguments =
        new ArrayList<>(
            arguments.stream().map(argument -> KeptText.cut(argument, ARGUMENT_LENGTH)).toList());
  }

  public Long getId() {
    return id;
  }

  public ImportReport getReport() {
    return report;
  }

  public int getLine() {
    return line;
  }

  public String getCin() {
    return cin;
  }

  public String getField() {
    return field;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getArguments() {
    return List.copyOf(arguments);
  }
}
