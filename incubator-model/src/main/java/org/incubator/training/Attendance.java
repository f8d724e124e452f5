package org.incubator.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.incubator.identity.UserAccount;

/**
 * A person's mark at a session as it stands now, the latest tap; every tap is kept in the roll's
 * history ({@code attendance_change}). Written by the roll-call service in one statement as each
 * tap arrives, so two mentors marking the same session never overwrite each other's people.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, insertable = false, updatable = false)
  private TrainingSession session;

  @Column(name = "participant_id", nullable = false, insertable = false, updatable = false)
  private Long participantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "presence", length = 20, nullable = false, insertable = false, updatable = false)
  private Presence presence;

  @Column(name = "minutes_late", insertable = false, updatable = false)
  private Integer minutesLate;

  @Enumerated(EnumType.STRING)
  @Column(name = "absence_reason", length = 20, insertable = false, updatable = false)
  private AbsenceReason reason;

  @Column(
      name = "marked_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      insertable = false,
      updatable = false)
  private String markedBy;

  @Column(name = "marked_at", nullable = false, insertable = false, updatable = false)
  private Instant markedAt;

  protected Attendance() {}

  public Long getSessionId() {
    return session.getId();
  }

  public TrainingSession getSession() {
    return session;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public Presence getPresence() {
    return presence;
  }

  public Integer getMinutesLate() {
    return minutesLate;
  }

  public AbsenceReason getReason() {
    return reason;
  }

  public String getMarkedBy() {
    return markedBy;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }
}
