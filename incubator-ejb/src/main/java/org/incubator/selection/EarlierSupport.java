package org.incubator.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingValue;

/**
 * The setting that flags a person the centre already equipped and funded: someone admitted to an
 * earlier call (admission brings the starter kit and the seed grant) within the last few years, a
 * programme setting the administrator changes (3 by default).
 */
@ApplicationScoped
public class EarlierSupport {

  /**
   * The same moment inside one SQL statement (the ranking's), from the setting's row or its
   * default: bind the current instant to its parameter.
   */
  public static final String SINCE_IN_SQL =
      "(? - INTERVAL " + SettingValue.wholeNumberInSql(Setting.REPEAT_YEARS) + " YEAR)";

  @Inject private Programme programme;

  public int getYears() {
    return programme.settings().number(Setting.REPEAT_YEARS);
  }

  /** Admissions from this moment on count as recent support. */
  public Instant since() {
    return Instant.now().atZone(ZoneOffset.UTC).minusYears(getYears()).toInstant();
  }
}
