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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.incubator.shared.Money;

/** An article of a delivery: how many arrived and what each cost. */
@Entity
@Table(name = "kit_delivery_line")
public class DeliveryLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
  private Delivery delivery;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private KitArticle article;

  @Column(name = "quantity", nullable = false, updatable = false)
  private int quantity;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "unit_cost", nullable = false, updatable = false))
  private Money unitCost;

  protected DeliveryLine() {}

  DeliveryLine(Delivery delivery, KitArticle article, int quantity, Money unitCost) {
    this.delivery = delivery;
    this.article = article;
    this.quantity = quantity;
    this.unitCost = unitCost;
  }

  public Money getCost() {
    return unitCost.times(quantity);
  }

  public Long getId() {
    return id;
  }

  public KitArticle getArticle() {
    return article;
  }

  public int getQuantity() {
    return quantity;
  }

  public Money getUnitCost() {
    return unitCost;
  }
}
