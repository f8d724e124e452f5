package org.incubator.training;

import java.io.Serializable;
import org.incubator.shared.IncubatorException;

/**
 * One tap of the roll: present, late (with the minutes), absent, or excused (with the reason).
 * Checked when it is made, whatever sent it.
 */
public record AttendanceMark(Presence presence, Integer minutesLate, AbsenceReason reason)
    implements Serializable {

  public static final int MOST_MINUTES_LATE = 600;

  public AttendanceMark {
    if (presence == null) {
      throw IncubatorException.onField("presence", "field.required");
    }
    if (presence == Presence.LATE) {
      if (minutesLate == null || minutesLate < 1 || minutesLate > MOST_MINUTES_LATE) {
        throw IncubatorException.onField(
            "minutesLate", "training.roll.minutesLate", MOST_MINUTES_LATE);
      }
    } else {
      minutesLate = null;
    }
    if (presence == Presence.EXCUSED) {
      if (reason == null) {
        throw IncubatorException.onField("reason", "training.roll.reasonRequired");
      }
    } else {
      reason = null;
    }
  }

  public static AttendanceMark present() {
    return new AttendanceMark(Presence.PRESENT, null, null);
  }
}
