package org.incubator.starterkit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.incubator.shared.Money;

/**
 * An article of an allocated kit, as the kit's version said when it was allocated: its cost is kept
 * for the cost per job that impact reports compute. Never changed.
 */
@Entity
@Table(name = "kit_allocation_line")
public class AllocationLine extends ArticleLine {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "allocation_id", nullable = false, updatable = false)
  private KitAllocation allocation;

  protected AllocationLine() {}

  AllocationLine(KitAllocation allocation, KitArticle article, int quantity, Money unitCost) {
    super(article, quantity, unitCost);
    this.allocation = allocation;
  }
}
