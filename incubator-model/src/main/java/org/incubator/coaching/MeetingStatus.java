package org.incubator.coaching;

/** A coaching session planned, then held or missed; only a planned one moves. */
public enum MeetingStatus {
  PLANNED,
  HELD,
  NO_SHOW,
  CANCELLED
}
