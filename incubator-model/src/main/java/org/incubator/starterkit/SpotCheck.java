package org.incubator.starterkit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.training.Participant;

/**
 * A mentor's check on a visit of the units a person holds: which were seen. A unit not seen is
 * missing, and flagged on the mentors' home until a later check sees it.
 */
@Entity
@Table(name = "kit_spot_check")
public class SpotCheck {

  public static final int NOTE_LENGTH = 500;

  /** A unit the check looked for, and whether it was seen. */
  @Embeddable
  public static class Looked implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "seen", nullable = false)
    private boolean seen;

    protected Looked() {}

    Looked(Long unitId, boolean seen) {
      this.unitId = unitId;
      this.seen = seen;
    }

    public Long getUnitId() {
      return unitId;
    }

    public boolean isSeen() {
      return seen;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "checked_by", length = 60, nullable = false, updatable = false)
  private String checkedBy;

  @Column(name = "checked_on", nullable = false, updatable = false)
  private LocalDate checkedOn;

  @Column(name = "missing", nullable = false, updatable = false)
  private int missing;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  @Embedded
  @AttributeOverride(name = "fileName", column = @Column(name = "photo_file_name"))
  @AttributeOverride(name = "mediaType", column = @Column(name = "photo_media_type"))
  @AttributeOverride(name = "storageKey", column = @Column(name = "photo_storage_key"))
  private AttachedFile photo;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @ElementCollection
  @CollectionTable(name = "kit_spot_check_unit", joinColumns = @JoinColumn(name = "spot_check_id"))
  private List<Looked> units = new ArrayList<>();

  protected SpotCheck() {}

  /** A check of {@code held} (the units the person holds), of which {@code seen} were seen. */
  public SpotCheck(
      Participant participant,
      LocalDate on,
      Collection<KitUnit> held,
      Collection<Long> seen,
      String note,
      String by,
      Instant when) {
    if (on == null) {
      throw IncubatorException.onField("checkedOn", "field.required");
    }
    if (on.isAfter(CentreTime.today().plusDays(1))) {
      throw IncubatorException.onField("checkedOn", "starterkit.spotCheck.future");
    }
    if (held.isEmpty()) {
      throw new IncubatorException("starterkit.spotCheck.nothingHeld");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > NOTE_LENGTH) {
      throw IncubatorException.onField("spotCheckNote", "field.maxLength", NOTE_LENGTH);
    }
    this.participant = participant;
    this.checkedOn = on;
    this.note = text;
    this.checkedBy = by;
    this.recordedAt = when;
    for (KitUnit unit : held) {
      boolean found = seen.contains(unit.getId());
      units.add(new Looked(unit.getId(), found));
      if (!found) {
        missing++;
      }
    }
  }

  /** A photo taken on the visit, kept by the document store. */
  public void attachPhoto(AttachedFile file) {
    this.photo = file;
  }

  public Optional<AttachedFile> getPhoto() {
    return Optional.ofNullable(photo).filter(file -> file.getStorageKey() != null);
  }

  public Long getId() {
    return id;
  }

  public Participant getParticipant() {
    return participant;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public int getMissing() {
    return missing;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<Looked> getUnits() {
    return Collections.unmodifiableList(units);
  }
}
