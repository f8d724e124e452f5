package org.incubator.starterkit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.incubator.shared.CentreTime;
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

  @Embedded private Acknowledgement acknowledgement = new Acknowledgement();

  @Embedded
  @AttributeOverride(name = "fileName", column = @Column(name = "photo_file_name"))
  @AttributeOverride(name = "mediaType", column = @Column(name = "photo_media_type"))
  @AttributeOverride(name = "storageKey", column = @Column(name = "photo_storage_key"))
  private AttachedFile photo;

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
    if (handedOn.isAfter(CentreTime.today().plusDays(1))) {
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
  }

  /** A photo of the hand-over, kept by the document store. */
  public void attachPhoto(AttachedFile file) {
    this.photo = file;
  }

  public Optional<AttachedFile> getPhoto() {
    return Optional.ofNullable(photo).filter(file -> file.getStorageKey() != null);
  }

  public void give(KitUnit unit) {
    units.add(unit);
  }

  /** The person signed on the mentor's screen: a PNG image drawn with a finger. */
  public void signedOnScreen(byte[] png, String by, Instant when) {
    acknowledgement.signedOnScreen(png, by, when);
  }

  /** The person confirmed from their own signed-in phone. */
  public void confirmedOnPhone(String by, Instant when) {
    acknowledgement.confirmedOnPhone(by, when);
  }

  public boolean isConfirmed() {
    return acknowledgement.isConfirmed();
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

  public AcknowledgementStatus getStatus() {
    return acknowledgement.getStatus();
  }

  public Optional<Confirmation> getConfirmation() {
    return acknowledgement.getConfirmation();
  }

  public Optional<byte[]> getSignature() {
    return acknowledgement.getSignature();
  }

  public String getConfirmedBy() {
    return acknowledgement.getConfirmedBy();
  }

  public Instant getConfirmedAt() {
    return acknowledgement.getConfirmedAt();
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
