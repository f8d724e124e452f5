package org.incubator.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NotSeenRuleTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 31);

  @Test
  void notSeenMeansMoreThanTheDaysSinceTheLastMeeting() {
    NotSeenRule rule = new NotSeenRule(30);
    assertEquals(LocalDate.of(2027, 3, 1), rule.lastMetBefore(TODAY));
    assertFalse(rule.flags(TODAY, TODAY), "met today");
    assertFalse(rule.flags(LocalDate.of(2027, 3, 1), TODAY), "exactly 30 days ago");
    assertTrue(rule.flags(LocalDate.of(2027, 2, 28), TODAY), "31 days ago");
  }

  @Test
  void theSettingMovesTheLine() {
    LocalDate sixWeeksAgo = TODAY.minusWeeks(6);
    assertTrue(new NotSeenRule(30).flags(sixWeeksAgo, TODAY));
    assertFalse(new NotSeenRule(60).flags(sixWeeksAgo, TODAY));
    assertThrows(IllegalArgumentException.class, () -> new NotSeenRule(0));
  }
}
