package org.incubator.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.incubator.programme.Programme;

/**
 * The setting that flags a person the centre already equipped and funded: someone admitted to an
 * earlier call (admission brings the starter kit and the seed grant) within the last few years, a
 * programme setting the administrator changes (3 by default).
 */
@ApplicationScoped
public class EarlierSupport {

  @Inject
  private Programme programme;

  public int getYears() {
    return programme.settings().getRepeatYears();
  }

  /** Admissions from this moment on count as recent support. */
  public Instant since() {
    int years = getYears();
    return Instant.now().minus(Duration.ofDays(365L * years + years / 4));
  }
}
