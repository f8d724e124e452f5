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

/** An article of a kit's version, its quantity and unit cost. */
@Entity
@Table(name = "kit_template_line")
public class KitTemplateLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private KitTemplate template;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private KitArticle article;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "unit_cost", nullable = false))
  private Money unitCost;

  protected KitTemplateLine() {}

  KitTemplateLine(KitTemplate template, KitArticle article, int quantity, Money unitCost) {
    this.template = template;
    this.article = article;
    change(quantity, unitCost);
  }

  void change(int quantity, Money unitCost) {
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
