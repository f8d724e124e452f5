package org.incubator.starterkit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.incubator.shared.Money;

/**
 * Articles received from a supplier on a day, against its delivery note: what the stock starts
 * from. Recorded once and never changed (a mistake is corrected by scrapping or another delivery).
 */
@Entity
@Table(name = "kit_delivery")
public class Delivery {

  public static final int NOTE_NUMBER_LENGTH = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
  private Supplier supplier;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "note_number", length = NOTE_NUMBER_LENGTH, nullable = false, updatable = false)
  private String noteNumber;

  @Embedded
  @AttributeOverride(name = "fileName", column = @Column(name = "note_file_name"))
  @AttributeOverride(name = "mediaType", column = @Column(name = "note_media_type"))
  @AttributeOverride(name = "storageKey", column = @Column(name = "note_storage_key"))
  private AttachedFile note;

  @Column(name = "recorded_by", length = 60, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<DeliveryLine> lines = new ArrayList<>();

  protected Delivery() {}

  public Delivery(
      Supplier supplier, LocalDate receivedOn, String noteNumber, String by, Instant when) {
    this.supplier = supplier;
    this.receivedOn = receivedOn;
    this.noteNumber = noteNumber;
    this.recordedBy = by;
    this.recordedAt = when;
  }

  /** The scanned delivery note, kept by the document store. */
  public void attachNote(AttachedFile file) {
    this.note = file;
  }

  public Optional<AttachedFile> getNote() {
    return Optional.ofNullable(note).filter(file -> file.getStorageKey() != null);
  }

  public DeliveryLine add(KitArticle article, int quantity, Money unitCost) {
    var line = new DeliveryLine(this, article, quantity, unitCost);
    lines.add(line);
    return line;
  }

  public Money getTotal() {
    return lines.stream().map(DeliveryLine::getCost).reduce(Money.ZERO, Money::plus);
  }

  public Long getId() {
    return id;
  }

  public Supplier getSupplier() {
    return supplier;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getNoteNumber() {
    return noteNumber;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<DeliveryLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
