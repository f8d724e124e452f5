package org.incubator.starterkit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.incubator.shared.IncubatorException;

/**
 * An article of a delivery as typed: how many, at what unit cost, and for a serial-numbered article
 * its serial numbers, one per line (or separated by commas).
 */
public class DeliveryLineDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most characters the serial numbers of a line take: a few thousand units' worth. */
  public static final int SERIALS_LENGTH = 200_000;

  private Long articleId;
  private Integer quantity;
  private BigDecimal unitCost;
  private String serials;

  public DeliveryLineDetails() {}

  public DeliveryLineDetails(
      Long articleId, Integer quantity, BigDecimal unitCost, String serials) {
    this.articleId = articleId;
    this.quantity = quantity;
    this.unitCost = unitCost;
    this.serials = serials;
  }

  /** The serial numbers typed, stripped, blank lines left out. */
  public List<String> serialList() {
    if (serials == null) {
      return List.of();
    }
    if (serials.length() > SERIALS_LENGTH) {
      throw IncubatorException.onField("lines", "field.maxLength", SERIALS_LENGTH);
    }
    return Arrays.stream(serials.split("[\\r\\n,;]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public Long getArticleId() {
    return articleId;
  }

  public void setArticleId(Long articleId) {
    this.articleId = articleId;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getUnitCost() {
    return unitCost;
  }

  public void setUnitCost(BigDecimal unitCost) {
    this.unitCost = unitCost;
  }

  public String getSerials() {
    return serials;
  }

  public void setSerials(String serials) {
    this.serials = serials;
  }
}
