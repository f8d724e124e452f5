package org.incubator.starterkit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.incubator.applicant.Trade;
import org.incubator.shared.Money;
import org.incubator.shared.TitlesInThreeLanguages;

/** What a hand-over's receipt says, read from the confirmed hand-over. */
public record ReceiptFacts(
    Long handoverId,
    String name,
    String cin,
    String cohort,
    Trade trade,
    int kitNumber,
    List<Line> lines,
    Money total,
    LocalDate handedOn,
    String place,
    String handedBy,
    Confirmation confirmation,
    String confirmedBy,
    Instant confirmedAt,
    byte[] signature)
    implements Serializable {

  /** An article received: how many, at what cost, and the serial numbers of those that have one. */
  public record Line(
      TitlesInThreeLanguages article,
      int quantity,
      Money unitCost,
      Money cost,
      List<String> serials)
      implements Serializable {}
}
