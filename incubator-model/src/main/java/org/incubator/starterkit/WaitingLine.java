package org.incubator.starterkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who among the kits waiting is served from what the shelves have free, in order of admission: a
 * kit is served whole or not at all, and nobody admitted later takes an article that somebody
 * admitted earlier still waits for (a later kit that needs none of those articles is served).
 */
public final class WaitingLine {

  private WaitingLine() {}

  /** A kit waiting: its id and what it needs, by article id. */
  public record Waiting(Long allocationId, Map<Long, Integer> needs) {}

  /**
   * The ids of the kits served, in the order given (the order of admission), from {@code available}
   * by article id.
   */
  public static List<Long> serve(List<Waiting> inOrder, Map<Long, Integer> available) {
    Map<Long, Integer> free = new HashMap<>(available);
    Set<Long> awaitedByEarlier = new HashSet<>();
    List<Long> served = new ArrayList<>();
    for (Waiting kit : inOrder) {
      boolean fits =
          kit.needs().entrySet().stream()
              .allMatch(
                  need ->
                      !awaitedByEarlier.contains(need.getKey())
                          && free.getOrDefault(need.getKey(), 0) >= need.getValue());
      if (fits) {
        kit.needs().forEach((article, quantity) -> free.merge(article, -quantity, Integer::sum));
        served.add(kit.allocationId());
      } else {
        awaitedByEarlier.addAll(kit.needs().keySet());
      }
    }
    return served;
  }
}
