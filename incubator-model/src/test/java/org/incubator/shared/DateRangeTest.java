package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private final DateRange january =
      new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));

  @Test
  void bothEndsAreIncluded() {
    assertTrue(january.contains(LocalDate.of(2027, 1, 1)));
    assertTrue(january.contains(LocalDate.of(2027, 1, 31)));
    assertFalse(january.contains(LocalDate.of(2026, 12, 31)));
    assertFalse(january.contains(LocalDate.of(2027, 2, 1)));
  }

  @Test
  void aPeriodOfOneDayIsAllowedButNotOneThatEndsBeforeItStarts() {
    assertTrue(
        new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))
            .contains(LocalDate.of(2027, 1, 1)));
    var refusal =
        assertThrows(
            IncubatorException.class,
            () -> new DateRange(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)));
    assertEquals("dateRange.endBeforeStart", refusal.getMessageKey());
  }
}
