package org.incubator.starterkit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.incubator.shared.Money;

/** A delivery as the stock page lists it. */
public record DeliverySummary(
    Long id,
    LocalDate receivedOn,
    String supplier,
    String noteNumber,
    long articles,
    long units,
    Money total,
    boolean noteAttached)
    implements Serializable {

  public DeliverySummary(
      Long id,
      LocalDate receivedOn,
      String supplier,
      String noteNumber,
      Long articles,
      Long units,
      BigDecimal total,
      String noteKey) {
    this(
        id,
        receivedOn,
        supplier,
        noteNumber,
        articles,
        units,
        Money.mad(total == null ? BigDecimal.ZERO : total),
        noteKey != null);
  }
}
