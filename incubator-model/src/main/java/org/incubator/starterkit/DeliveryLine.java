package org.incubator.starterkit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.incubator.shared.Money;

/** An article of a delivery: how many arrived and what each cost. Never changed. */
@Entity
@Table(name = "kit_delivery_line")
public class DeliveryLine extends ArticleLine {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
  private Delivery delivery;

  protected DeliveryLine() {}

  DeliveryLine(Delivery delivery, KitArticle article, int quantity, Money unitCost) {
    super(article, quantity, unitCost);
    this.delivery = delivery;
  }
}
