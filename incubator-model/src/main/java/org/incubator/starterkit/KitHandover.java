package org.incubator.starterkit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.incubator.shared.IncubatorException;
import org.incubator.training.Participant;

/**
 * A kit given to its person: when, where, by whom, the serial-numbered units picked from the
 * shelves, and the person's confirmation, either a signature drawn on the mentor's screen or a
 * confirmation from their own phone, which the hand-over waits for. Once confirmed it is evidence
 * and does not change.
 */
@Entity
@Table(name = "kit_handover")
public class KitHandover {

  public static final int PLACE_LENGTH = 200;

  /** A finger's signature as a PNG image stays well under this. */
  public static final int SIGNATURE_MAX_BYTES = 300_000;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "allocation_id", nullable = false, updatable = false)
  private KitAllocation allocation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "handed_by", length = 60, nullable = false, updatable = false)
  private String handedBy;

  @Column(name = "handed_on", nullable = false, updatable = false)
  private LocalDate handedOn;

  @Column(name = "place", length = PLACE_LENGTH, nullable = false, updatable = false)
  private String place;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 24, nullable = false)
  private HandoverStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "confirmation", length = 20)
  private Confirmation confirmation;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "signature")
  private byte[] signature;

  @Column(name = "confirmed_by", length = 60)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @ManyToMany
  @JoinTable(
      name = "kit_handover_unit",
      joinColumns = @JoinColumn(name = "handover_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  @OrderBy("id")
  private List<KitUnit> units = new ArrayList<>();

  protected KitHandover() {}

  public KitHandover(
      KitAllocation allocation, LocalDate handedOn, String place, String by, Instant when) {
    if (handedOn == null) {
      throw IncubatorException.onField("handedOn", "field.required");
    }
    if (handedOn.isAfter(LocalDate.now().plusDays(1))) {
      throw IncubatorException.onField("handedOn", "starterkit.handover.future");
    }
    String where = place == null ? "" : place.strip();
    if (where.isEmpty()) {
      throw IncubatorException.onField("place", "field.required");
    }
    if (where.length() > PLACE_LENGTH) {
      throw IncubatorException.onField("place", "field.maxLength", PLACE_LENGTH);
    }
    this.allocation = allocation;
    this.participant = allocation.getParticipant();
    this.handedOn = handedOn;
    this.place = where;
    this.handedBy = by;
    this.recordedAt = when;
    this.status = HandoverStatus.AWAITING_CONFIRMATION;
  }

  public void give(KitUnit unit) {
    units.add(unit);
  }

  /** The person signed on the mentor's screen: a PNG image drawn with a finger. */
  public void signedOnScreen(byte[] png, String by, Instant when) {
    if (png == null || png.length == 0) {
      throw IncubatorException.onField("signature", "starterkit.handover.signatureRequired");
    }
    if (png.length > SIGNATURE_MAX_BYTES
        || png.length < PNG.length
        || !Arrays.equals(Arrays.copyOf(png, PNG.length), PNG)) {
      throw IncubatorException.onField("signature", "starterkit.handover.signatureUnreadable");
    }
    confirm(Confirmation.SIGNED_ON_SCREEN, by, when);
    this.signature = png.clone();
  }

  /** The person confirmed from their own signed-in phone. */
  public void confirmedOnPhone(String by, Instant when) {
    confirm(Confirmation.CONFIRMED_ON_PHONE, by, when);
  }

  private void confirm(Confirmation how, String by, Instant when) {
    if (status == HandoverStatus.CONFIRMED) {
      throw new IncubatorException("starterkit.handover.alreadyConfirmed");
    }
    this.status = HandoverStatus.CONFIRMED;
    this.confirmation = how;
    this.confirmedBy = by;
    this.confirmedAt = when;
  }

  public boolean isConfirmed() {
    return status == HandoverStatus.CONFIRMED;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public KitAllocation getAllocation() {
    return allocation;
  }

  public Participant getParticipant() {
    return participant;
  }

  public String getHandedBy() {
    return handedBy;
  }

  public LocalDate getHandedOn() {
    return handedOn;
  }

  public String getPlace() {
    return place;
  }

  public HandoverStatus getStatus() {
    return status;
  }

  public Optional<Confirmation> getConfirmation() {
    return Optional.ofNullable(confirmation);
  }

  public Optional<byte[]> getSignature() {
    return Optional.ofNullable(signature).map(byte[]::clone);
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<KitUnit> getUnits() {
    return Collections.unmodifiableList(units);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof KitHandover other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return KitHandover.class.hashCode();
  }
}
