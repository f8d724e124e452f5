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
import java.util.Optional;
import org.incubator.identity.UserAccount;

/**
 * One move of an application's life cycle: from which status to which, when, by whom and why.
 * Written once, never changed: the table refuses updates and deletes.
 */
@Entity
@Table(name = "application_status_change")
public class StatusChange {

  public static final int REASON_LENGTH = 100;
  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  /**
   * 1 for the first move of the application, then 2, 3…: the order of the moves, whatever their
   * time.
   */
  @Column(name = "sequence", nullable = false, updatable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private ApplicationStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20, nullable = false, updatable = false)
  private ApplicationStatus to;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @Column(
      name = "changed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String changedBy;

  @Column(name = "reason_key", length = REASON_LENGTH, nullable = false, updatable = false)
  private String reasonKey;

  /** The committee session that took the decision, for the committee's moves. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id", updatable = false)
  private CommitteeSession session;

  /** What the reason key cannot say: the cohort's name, the committee's words for a refusal. */
  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  protected StatusChange() {}

  StatusChange(
      Application application,
      int sequence,
      ApplicationStatus from,
      ApplicationStatus to,
      Instant at,
      String by,
      String reasonKey,
      CommitteeSession session,
      String note) {
    this.application = application;
    this.sequence = sequence;
    this.from = from;
    this.to = Objects.requireNonNull(to, "to");
    this.at = Objects.requireNonNull(at, "at");
    this.changedBy = Objects.requireNonNull(by, "by");
    this.reasonKey = Objects.requireNonNull(reasonKey, "reasonKey");
    this.session = session;
    this.note = note;
  }

  public Optional<CommitteeSession> getSession() {
    return Optional.ofNullable(session);
  }

  public String getNote() {
    return note;
  }

  public Application getApplication() {
    return application;
  }

  public int getSequence() {
    return sequence;
  }

  public ApplicationStatus getFrom() {
    return from;
  }

  public ApplicationStatus getTo() {
    return to;
  }

  public Instant getAt() {
    return at;
  }

  public String getBy() {
    return changedBy;
  }

  public String getReasonKey() {
    return reasonKey;
  }
}
