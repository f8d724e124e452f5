package org.incubator.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingValue;

/**
 * Who the centre already supported: a person who received a starter kit (a hand-over they
 * confirmed) or a seed-grant payment, for another application, within the last few years (a
 * programme setting, 3 by default). Facts, not decisions: an admission alone no longer counts,
 * since the person may have left before receiving anything.
 */
@ApplicationScoped
public class EarlierSupport {

  /**
   * The same moment inside one SQL statement (the ranking's), from the setting's row or its
   * default: bind the current instant to its parameter.
   */
  private static final String SINCE_IN_SQL =
      "(? - INTERVAL " + SettingValue.wholeNumberInSql(Setting.REPEAT_YEARS) + " YEAR)";

  /**
   * Whether the holder of application {@code a} was supported for another application recently: a
   * condition inside the ranking's statement; bind {@link #parameters} where it stands.
   */
  public static final String SUPPORTED_IN_SQL =
      "(EXISTS (SELECT 1 FROM participant sp JOIN kit_handover sk ON sk.participant_id = sp.id"
          + " WHERE sp.holder_id = a.holder_id AND sp.application_id <> a.id AND sk.status ="
          + " 'CONFIRMED' AND sk.confirmed_at >= "
          + SINCE_IN_SQL
          + ") OR EXISTS (SELECT 1 FROM application so JOIN grant_request sr ON sr.application_id"
          + " = so.id JOIN grant_payment sg ON sg.request_id = sr.id WHERE so.holder_id ="
          + " a.holder_id AND so.id <> a.id AND sg.recorded_at >= "
          + SINCE_IN_SQL
          + "))";

  @Inject private Programme programme;

  /** What {@link #SUPPORTED_IN_SQL} binds: the moment now, once for each kind of support. */
  public static List<Object> parameters(Instant now) {
    Timestamp at = Timestamp.from(now);
    return List.of(at, at);
  }

  public int getYears() {
    return programme.settings().number(Setting.REPEAT_YEARS);
  }

  /** Support given from this moment on counts as recent. */
  public Instant since() {
    return Instant.now().atZone(ZoneOffset.UTC).minusYears(getYears()).toInstant();
  }
}
