package org.incubator.training;

/**
 * What the roll says of a person at a session. Late counts as present (the minutes are noted); an
 * excused absence counts as an absence, shown apart with its reason.
 */
public enum Presence {
  PRESENT,
  LATE,
  ABSENT,
  EXCUSED;

  public boolean attended() {
    return this == PRESENT || this == LATE;
  }
}
