package org.incubator.grant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.incubator.shared.Money;

/** One part of a grant: its share, its amount to the centime, and the milestone that unlocks it. */
@Embeddable
public class Tranche implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "sequence", nullable = false)
  private int sequence;

  @Column(name = "share_percent", nullable = false)
  private int percent;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false))
  private Money amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "milestone", length = 30, nullable = false)
  private Milestone milestone;

  protected Tranche() {}

  Tranche(int sequence, int percent, Money amount, Milestone milestone) {
    this.sequence = sequence;
    this.percent = percent;
    this.amount = Objects.requireNonNull(amount, "amount");
    this.milestone = Objects.requireNonNull(milestone, "milestone");
  }

  public int getSequence() {
    return sequence;
  }

  public int getPercent() {
    return percent;
  }

  public Money getAmount() {
    return amount;
  }

  public Milestone getMilestone() {
    return milestone;
  }
}
