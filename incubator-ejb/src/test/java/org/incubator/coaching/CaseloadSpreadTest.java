package org.incubator.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.incubator.coaching.CaseloadSpread.Band;
import org.junit.jupiter.api.Test;

class CaseloadSpreadTest {

  @Test
  void aCapOfTwentyMakesQuartersOfFivePeople() {
    CaseloadSpread spread = CaseloadSpread.of(20, Map.of(0, 3L, 2, 4L, 5, 1L), 7);

    assertEquals(
        List.of(
            new Band(0, 0L, 3),
            new Band(1, 5L, 0),
            new Band(6, 10L, 4),
            new Band(11, 15L, 0),
            new Band(16, 20L, 0),
            new Band(21, null, 1)),
        spread.bands());
    assertEquals(1, spread.mentorsOverCap());
    assertTrue(spread.bands().get(5).isOverCap());
    assertEquals(7, spread.withoutLead());
  }

  @Test
  void aQuarterTooNarrowForAWholePersonIsLeftOut() {
    assertEquals(
        List.of(new Band(0, 0L, 0), new Band(1, 1L, 2), new Band(2, null, 0)),
        CaseloadSpread.of(1, Map.of(4, 2L), 0).bands());
    assertEquals(
        List.of(new Band(0, 0L, 0), new Band(1, 1L, 0), new Band(2, 2L, 5), new Band(3, null, 0)),
        CaseloadSpread.of(2, Map.of(4, 5L), 0).bands());
  }
}
