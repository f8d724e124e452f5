package org.incubator.starterkit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.incubator.shared.Money;

/**
 * An article of a kit's version, its quantity and unit cost; changed while the version is a draft.
 */
@Entity
@Table(name = "kit_template_line")
public class KitTemplateLine extends ArticleLine {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private KitTemplate template;

  protected KitTemplateLine() {}

  KitTemplateLine(KitTemplate template, KitArticle article, int quantity, Money unitCost) {
    super(article, quantity, unitCost);
    this.template = template;
  }

  void changeTo(int quantity, Money unitCost) {
    change(quantity, unitCost);
  }
}
