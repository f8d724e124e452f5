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
import jakarta.persistence.Version;
import java.time.Instant;
import org.incubator.training.Participant;

/**
 * One serial-numbered unit of an article, from its delivery on: where it is ({@link UnitStatus})
 * and who holds it. Every move returns the {@link CustodyMove} that records it.
 */
@Entity
@Table(name = "kit_unit")
public class KitUnit {

  public static final int SERIAL_LENGTH = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private KitArticle article;

  @Column(name = "serial", length = SERIAL_LENGTH, nullable = false, updatable = false)
  private String serial;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
  private Delivery delivery;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private UnitStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  protected KitUnit() {}

  public KitUnit(KitArticle article, String serial, Delivery delivery) {
    this.article = article;
    this.serial = serial;
    this.delivery = delivery;
    this.status = UnitStatus.IN_STOCK;
  }

  /** The move that records its arrival, once the unit has its id. */
  public CustodyMove received(String by, Instant when) {
    return new CustodyMove(this, null, null, UnitStatus.IN_STOCK, null, by, when);
  }

  /** Picked for a hand-over to the person: nobody else can be given it. */
  public CustodyMove pickFor(KitHandover handover, String by, Instant when) {
    return move(UnitStatus.HANDING_OVER, handover.getParticipant(), null, by, when);
  }

  /**
   * Moves the unit; back in stock or scrapped, nobody holds it any more. {@code note} says why or
   * in what condition.
   */
  public CustodyMove moveTo(UnitStatus target, String note, String by, Instant when) {
    boolean leaves = target == UnitStatus.IN_STOCK || target == UnitStatus.SCRAPPED;
    return move(target, leaves ? null : participant, note, by, when);
  }

  private CustodyMove move(
      UnitStatus target, Participant holder, String note, String by, Instant when) {
    UnitStatus from = status;
    Participant concerned = holder != null ? holder : participant;
    status = from.moveTo(target);
    participant = holder;
    return new CustodyMove(this, concerned, from, target, note, by, when);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public KitArticle getArticle() {
    return article;
  }

  public String getSerial() {
    return serial;
  }

  public UnitStatus getStatus() {
    return status;
  }

  public Participant getParticipant() {
    return participant;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof KitUnit other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return KitUnit.class.hashCode();
  }
}
