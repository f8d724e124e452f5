package org.incubator.starterkit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.incubator.shared.Money;

/**
 * An article in a quantity at a unit cost: a line of a kit's version, of a delivery, of a kit
 * allocated. What it costs is the quantity at the unit cost.
 */
@MappedSuperclass
public abstract class ArticleLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private KitArticle article;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "unit_cost", nullable = false))
  private Money unitCost;

  protected ArticleLine() {}

  protected ArticleLine(KitArticle article, int quantity, Money unitCost) {
    this.article = article;
    change(quantity, unitCost);
  }

  protected final void change(int quantity, Money unitCost) {
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
