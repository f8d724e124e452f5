package org.incubator.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The setting that flags a person the centre already equipped and funded: someone admitted to an
 * earlier call (admission brings the starter kit and the seed grant) within the last
 * {@code incubator.selection.repeat-years} years ({@code INCUBATOR_REPEAT_YEARS}; 3 by default).
 */
@ApplicationScoped
public class EarlierSupport {

  public static final int DEFAULT_YEARS = 3;

  private final int years = years();

  private static int years() {
    String configured = System.getProperty("incubator.selection.repeat-years", System.getenv("INCUBATOR_REPEAT_YEARS"));
    try {
      return configured == null || configured.isBlank() ? DEFAULT_YEARS : Math.max(0, Integer.parseInt(configured.strip()));
    } catch (NumberFormatException e) {
      return DEFAULT_YEARS;
    }
  }

  public int getYears() {
    return years;
  }

  /** Admissions from this moment on count as recent support. */
  public Instant since() {
    return Instant.now().minus(Duration.ofDays(365L * years + years / 4));
  }
}
