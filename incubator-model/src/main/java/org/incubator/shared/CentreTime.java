package org.incubator.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The centre's clock: days and hours people agree on (a session at 10:00, a training day) are the
 * centre's, in Morocco, whatever the server's zone.
 */
public final class CentreTime {

  public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  private CentreTime() {}

  /** The centre's day now: the server's own zone may already be, or still be, another day. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The centre's hour now. */
  public static LocalTime time() {
    return LocalTime.now(ZONE);
  }

  /** The centre's day and hour now. */
  public static LocalDateTime now() {
    return LocalDateTime.now(ZONE);
  }

  /** The moment a day and an hour of the centre's name. */
  public static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ZONE).toInstant();
  }

  /** The centre's day at that moment. */
  public static LocalDate dayOf(Instant moment) {
    return moment.atZone(ZONE).toLocalDate();
  }
}
