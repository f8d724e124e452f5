package org.incubator.coaching;

import java.time.LocalDate;

/**
 * When a person the mentor leads counts as not seen: nobody met them in a session held for more
 * than {@code days} days (never met: since the mentor began to lead them).
 */
public record NotSeenRule(int days) {

  public NotSeenRule {
    if (days < 1) {
      throw new IllegalArgumentException("days: " + days);
    }
  }

  /**
   * Last met before this day, a person is not seen (the day itself is exactly {@code days} ago).
   */
  public LocalDate lastMetBefore(LocalDate today) {
    return today.minusDays(days);
  }

  /** Whether someone last met on {@code lastMet} (or led since then, never met) is not seen. */
  public boolean flags(LocalDate lastMet, LocalDate today) {
    return lastMet.isBefore(lastMetBefore(today));
  }
}
