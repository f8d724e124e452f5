package org.incubator.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.incubator.identity.UserAccount;

/**
 * One step in a grant request's trail: what happened, from which status to which, who did it, when,
 * their comment, and the values before and after where values changed. Written once; the table
 * refuses updates and deletes.
 */
@Entity
@Table(name = "grant_event")
public class GrantEvent {

  public static final int DETAIL_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private GrantRequest request;

  @Column(name = "sequence", nullable = false, updatable = false)
  private int sequence;

  @Convert(converter = GrantAction.Column.class)
  @Column(name = "action", length = 40, nullable = false, updatable = false)
  private GrantAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private GrantStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20, nullable = false, updatable = false)
  private GrantStatus to;

  @Column(
      name = "done_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String doneBy;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "comment", length = GrantRequest.COMMENT_LENGTH, updatable = false)
  private String comment;

  @Column(name = "old_value", length = DETAIL_LENGTH, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = DETAIL_LENGTH, updatable = false)
  private String newValue;

  protected GrantEvent() {}

  GrantEvent(
      GrantRequest request,
      int sequence,
      GrantAction action,
      GrantStatus from,
      GrantStatus to,
      String by,
      Instant at,
      String comment,
      String oldValue,
      String newValue) {
    this.request = Objects.requireNonNull(request, "request");
    this.sequence = sequence;
    this.action = Objects.requireNonNull(action, "action");
    this.from = from;
    this.to = Objects.requireNonNull(to, "to");
    this.doneBy = Objects.requireNonNull(by, "by");
    this.at = Objects.requireNonNull(at, "at");
    this.comment = comment;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  public int getSequence() {
    return sequence;
  }

  public GrantAction getAction() {
    return action;
  }

  public GrantStatus getFrom() {
    return from;
  }

  public GrantStatus getTo() {
    return to;
  }

  public String getBy() {
    return doneBy;
  }

  public Instant getAt() {
    return at;
  }

  public String getComment() {
    return comment;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
