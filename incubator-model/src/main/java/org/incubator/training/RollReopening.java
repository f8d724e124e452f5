package org.incubator.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;

/** An administrator opened a closed roll again, for a reason; written once. */
@Entity
@Table(name = "roll_reopening")
public class RollReopening {

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private TrainingSession session;

  @Column(name = "reason", length = REASON_LENGTH, nullable = false, updatable = false)
  private String reason;

  @Column(
      name = "reopened_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "reopened_at", nullable = false, updatable = false)
  private Instant at;

  protected RollReopening() {}

  public RollReopening(TrainingSession session, String reason, String by, Instant at) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw IncubatorException.onField("reopenReason", "training.roll.reopenReasonRequired");
    }
    if (why.length() > REASON_LENGTH) {
      throw IncubatorException.onField("reopenReason", "field.maxLength", REASON_LENGTH);
    }
    this.session = session;
    this.reason = why;
    this.by = by;
    this.at = at;
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
