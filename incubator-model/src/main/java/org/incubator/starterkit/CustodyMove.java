package org.incubator.starterkit;

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
import org.incubator.training.Participant;

/** A move of a unit, kept for good: from where to where, concerning whom, why, who and when. */
@Entity
@Table(name = "custody_move")
public class CustodyMove {

  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false, updatable = false)
  private KitUnit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private UnitStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20, nullable = false, updatable = false)
  private UnitStatus to;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  @Column(name = "done_by", length = 60, nullable = false, updatable = false)
  private String doneBy;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant doneAt;

  protected CustodyMove() {}

  CustodyMove(
      KitUnit unit,
      Participant participant,
      UnitStatus from,
      UnitStatus to,
      String note,
      String by,
      Instant when) {
    this.unit = unit;
    this.participant = participant;
    this.from = from;
    this.to = to;
    this.note = note;
    this.doneBy = by;
    this.doneAt = when;
  }

  public Long getId() {
    return id;
  }

  public KitUnit getUnit() {
    return unit;
  }

  public UnitStatus getFrom() {
    return from;
  }

  public UnitStatus getTo() {
    return to;
  }

  public String getNote() {
    return note;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
