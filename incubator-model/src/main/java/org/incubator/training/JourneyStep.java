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
import java.util.Optional;
import org.incubator.identity.UserAccount;

/** One move of a participant's journey: from which stage to which, why, who, when. Written once. */
@Entity
@Table(name = "journey_step")
public class JourneyStep {

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "sequence", nullable = false, updatable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", length = 20, updatable = false)
  private JourneyStage from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", length = 20, nullable = false, updatable = false)
  private JourneyStage to;

  @Column(name = "reason", length = REASON_LENGTH, updatable = false)
  private String reason;

  @Column(
      name = "done_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant at;

  protected JourneyStep() {}

  JourneyStep(
      Participant participant,
      int sequence,
      JourneyStage from,
      JourneyStage to,
      String reason,
      String by,
      Instant at) {
    this.participant = participant;
    this.sequence = sequence;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.by = by;
    this.at = at;
  }

  public int getSequence() {
    return sequence;
  }

  public Optional<JourneyStage> getFrom() {
    return Optional.ofNullable(from);
  }

  public JourneyStage getTo() {
    return to;
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
