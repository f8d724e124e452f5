package org.incubator.starterkit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TypedText;
import org.incubator.training.Participant;

/**
 * A tool back from the person who held it: the day, who brought it, its condition (issued again or
 * scrapped), who recorded it, and the person's acknowledgement, signed on the mentor's screen or
 * given from their own phone. The tool is on the shelves (or scrapped) from the moment the mentor
 * records it; the acknowledgement protects both sides.
 */
@Entity
@Table(name = "kit_return")
public class KitReturn {

  public static final int RETURNED_BY_LENGTH = 120;
  public static final int CONDITION_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id", nullable = false, updatable = false)
  private KitUnit unit;

  @Column(name = "returned_on", nullable = false, updatable = false)
  private LocalDate returnedOn;

  @Column(name = "returned_by", length = RETURNED_BY_LENGTH, nullable = false, updatable = false)
  private String returnedBy;

  @Column(name = "usable", nullable = false, updatable = false)
  private boolean usable;

  @Column(name = "condition_note", length = CONDITION_LENGTH, nullable = false, updatable = false)
  private String condition;

  @Column(name = "recorded_by", length = 60, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Embedded private Acknowledgement acknowledgement = new Acknowledgement();

  protected KitReturn() {}

  /** Checks what was typed; the unit's own move is the custody's. */
  public KitReturn(KitUnit unit, Participant from, ReturnDetails details, String by, Instant when) {
    LocalDate on = details.getReturnedOn();
    if (on == null) {
      throw IncubatorException.onField("returnedOn", "field.required");
    }
    if (on.isAfter(CentreTime.today().plusDays(1))) {
      throw IncubatorException.onField("returnedOn", "starterkit.return.future");
    }
    this.returnedBy = TypedText.required(details.getReturnedBy(), "returnedBy", RETURNED_BY_LENGTH);
    this.condition = TypedText.required(details.getCondition(), "condition", CONDITION_LENGTH);
    this.unit = unit;
    this.participant = from;
    this.returnedOn = on;
    this.usable = details.isUsable();
    this.recordedBy = by;
    this.recordedAt = when;
    if (details.getSignature() != null) {
      acknowledgement.signedOnScreen(details.getSignature(), by, when);
    }
  }

  /** The person acknowledged the return from their own signed-in phone. */
  public void confirmedOnPhone(String by, Instant when) {
    acknowledgement.confirmedOnPhone(by, when);
  }

  public boolean isConfirmed() {
    return acknowledgement.isConfirmed();
  }

  public Acknowledgement getAcknowledgement() {
    return acknowledgement;
  }

  public Long getId() {
    return id;
  }

  public Participant getParticipant() {
    return participant;
  }

  public KitUnit getUnit() {
    return unit;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public boolean isUsable() {
    return usable;
  }

  public String getCondition() {
    return condition;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
