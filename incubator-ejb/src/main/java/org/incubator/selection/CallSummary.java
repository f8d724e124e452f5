package org.incubator.selection;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.incubator.shared.Money;

/**
 * A call as the calls' list shows it: its period, places and ages, its income ceiling per person if
 * it has one, and its provinces: how many, out of how many there are, and the first few by name in
 * the reader's language (a national call covers all 75; its row does not name them).
 */
public record CallSummary(
    Long id,
    String name,
    LocalDate opensOn,
    LocalDate closesOn,
    int places,
    int minAge,
    int maxAge,
    Money incomeCeilingPerPerson,
    int provinces,
    int provincesInAll,
    List<String> firstProvinces)
    implements Serializable {

  /** How many provinces a row names before it says how many more there are. */
  public static final int PROVINCES_NAMED = 3;

  public CallSummary {
    firstProvinces = List.copyOf(firstProvinces);
  }

  public boolean coversEveryProvince() {
    return provinces == provincesInAll;
  }

  /** The provinces covered that the row does not name. */
  public int otherProvinces() {
    return provinces - firstProvinces.size();
  }
}
