package org.incubator.training;

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
import java.time.LocalDate;
import java.time.LocalTime;
import org.incubator.identity.UserAccount;

/** One line of a session's history: scheduled, moved (from when to when, why) or cancelled. */
@Entity
@Table(name = "training_session_change")
public class SessionChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private TrainingSession session;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 20, nullable = false, updatable = false)
  private SessionAction action;

  @Column(name = "day_before", updatable = false)
  private LocalDate dayBefore;

  @Column(name = "starts_before", updatable = false)
  private LocalTime startsBefore;

  @Column(name = "ends_before", updatable = false)
  private LocalTime endsBefore;

  @Column(name = "day_after", updatable = false)
  private LocalDate dayAfter;

  @Column(name = "starts_after", updatable = false)
  private LocalTime startsAfter;

  @Column(name = "ends_after", updatable = false)
  private LocalTime endsAfter;

  @Column(name = "reason", length = TrainingSession.REASON_LENGTH, updatable = false)
  private String reason;

  @Column(
      name = "done_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant at;

  protected SessionChange() {}

  private SessionChange(
      TrainingSession session, SessionAction action, String reason, String by, Instant at) {
    this.session = session;
    this.action = action;
    this.reason = reason;
    this.by = by;
    this.at = at;
    this.dayAfter = session.getDay();
    this.startsAfter = session.getStartsAt();
    this.endsAfter = session.getEndsAt();
  }

  static SessionChange scheduled(TrainingSession session, String by, Instant at) {
    return new SessionChange(session, SessionAction.SCHEDULED, null, by, at);
  }

  static SessionChange rescheduled(
      TrainingSession session,
      LocalDate dayBefore,
      LocalTime startsBefore,
      LocalTime endsBefore,
      String reason,
      String by,
      Instant at) {
    var change = new SessionChange(session, SessionAction.RESCHEDULED, reason, by, at);
    change.dayBefore = dayBefore;
    change.startsBefore = startsBefore;
    change.endsBefore = endsBefore;
    return change;
  }

  static SessionChange cancelled(TrainingSession session, String reason, String by, Instant at) {
    return new SessionChange(session, SessionAction.CANCELLED, reason, by, at);
  }

  public SessionAction getAction() {
    return action;
  }

  public LocalDate getDayBefore() {
    return dayBefore;
  }

  public LocalTime getStartsBefore() {
    return startsBefore;
  }

  public LocalTime getEndsBefore() {
    return endsBefore;
  }

  public LocalDate getDayAfter() {
    return dayAfter;
  }

  public LocalTime getStartsAfter() {
    return startsAfter;
  }

  public LocalTime getEndsAfter() {
    return endsAfter;
  }

  public String getReason() {
    return reason;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }
}
