package org.incubator.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The centre's clock: days and hours people agree on (a session at 10:00, a training day) are the
 * centre's, in Morocco, whatever the server's zone.
 */
public final class CentreTime {

  public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  private CentreTime() {}

  /** The moment a day and an hour of the centre's name. */
  public static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ZONE).toInstant();
  }

  /** The centre's day at that moment. */
  public static LocalDate dayOf(Instant moment) {
    return moment.atZone(ZONE).toLocalDate();
  }
}
