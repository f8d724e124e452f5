package org.incubator.starterkit;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.training.Participant;

/**
 * The kit of a trade allocated to an admitted person: the lines of the kit's version then
 * published, copied so they never change, reserved on the shelves when the stock has them and
 * waiting in order of admission otherwise. An administrator may waive the training the hand-over
 * waits for, with a reason.
 */
@Entity
@Table(name = "kit_allocation")
public class KitAllocation {

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private KitTemplate template;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private AllocationStatus status;

  @Column(name = "admitted_at", nullable = false, updatable = false)
  private Instant admittedAt;

  @Column(name = "allocated_by", length = 60, nullable = false)
  private String allocatedBy;

  @Column(name = "allocated_at", nullable = false)
  private Instant allocatedAt;

  @Column(name = "served_at")
  private Instant servedAt;

  @Column(name = "waiver_reason", length = REASON_LENGTH)
  private String waiverReason;

  @Column(name = "waived_by", length = 60)
  private String waivedBy;

  @Column(name = "waived_at")
  private Instant waivedAt;

  @OneToMany(mappedBy = "allocation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<AllocationLine> lines = new ArrayList<>();

  protected KitAllocation() {}

  /** The trade's kit allocated to the person, waiting until the stock is reserved for it. */
  public KitAllocation(
      Participant participant, KitTemplate kit, Instant admittedAt, String by, Instant when) {
    this.participant = participant;
    this.admittedAt = admittedAt;
    allocate(kit, by, when);
  }

  /** A cancelled allocation allocated again, with the kit published now. */
  public void allocateAgain(KitTemplate kit, String by, Instant when) {
    if (status != AllocationStatus.CANCELLED) {
      throw new IncubatorException("starterkit.allocation.exists");
    }
    lines.clear();
    allocate(kit, by, when);
  }

  private void allocate(KitTemplate kit, String by, Instant when) {
    if (kit.isDraft()) {
      throw new IncubatorException("starterkit.allocation.noKit");
    }
    this.template = kit;
    for (KitTemplateLine line : kit.getLines()) {
      lines.add(
          new AllocationLine(this, line.getArticle(), line.getQuantity(), line.getUnitCost()));
    }
    this.status = AllocationStatus.WAITING;
    this.allocatedBy = by;
    this.allocatedAt = when;
    this.servedAt = null;
  }

  /** The articles and quantities the kit needs, by article id. */
  public Map<Long, Integer> needs() {
    Map<Long, Integer> needs = new LinkedHashMap<>();
    for (AllocationLine line : lines) {
      needs.merge(line.getArticle().getId(), line.getQuantity(), Integer::sum);
    }
    return needs;
  }

  /** The stock reserved the whole kit. */
  public void reserved(Instant when) {
    require(AllocationStatus.WAITING);
    status = AllocationStatus.RESERVED;
    servedAt = when;
  }

  public void handedOver() {
    require(AllocationStatus.RESERVED);
    status = AllocationStatus.HANDED_OVER;
  }

  /** Whether the reservation must be given back to the stock when cancelled. */
  public boolean cancel() {
    if (status != AllocationStatus.WAITING && status != AllocationStatus.RESERVED) {
      throw new IncubatorException("starterkit.allocation.notCancellable");
    }
    boolean wasReserved = status == AllocationStatus.RESERVED;
    status = AllocationStatus.CANCELLED;
    return wasReserved;
  }

  public void waiveTraining(String reason, String by, Instant when) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw IncubatorException.onField("waiverReason", "starterkit.waiver.reasonRequired");
    }
    if (why.length() > REASON_LENGTH) {
      throw IncubatorException.onField("waiverReason", "field.maxLength", REASON_LENGTH);
    }
    if (status == AllocationStatus.HANDED_OVER || status == AllocationStatus.CANCELLED) {
      throw new IncubatorException("starterkit.waiver.tooLate");
    }
    waiverReason = why;
    waivedBy = by;
    waivedAt = when;
  }

  private void require(AllocationStatus expected) {
    if (status != expected) {
      throw new IncubatorException("starterkit.allocation.status." + status);
    }
  }

  public Money getTotal() {
    return lines.stream().map(AllocationLine::getCost).reduce(Money.ZERO, Money::plus);
  }

  public boolean isTrainingWaived() {
    return waiverReason != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Participant getParticipant() {
    return participant;
  }

  public KitTemplate getTemplate() {
    return template;
  }

  public AllocationStatus getStatus() {
    return status;
  }

  public Instant getAdmittedAt() {
    return admittedAt;
  }

  public String getAllocatedBy() {
    return allocatedBy;
  }

  public Instant getAllocatedAt() {
    return allocatedAt;
  }

  public Optional<Instant> getServedAt() {
    return Optional.ofNullable(servedAt);
  }

  public String getWaiverReason() {
    return waiverReason;
  }

  public String getWaivedBy() {
    return waivedBy;
  }

  public Instant getWaivedAt() {
    return waivedAt;
  }

  public List<AllocationLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof KitAllocation other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return KitAllocation.class.hashCode();
  }
}
