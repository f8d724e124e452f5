package org.incubator.training;

/** What a line of a session's history records. */
public enum SessionAction {
  SCHEDULED,
  RESCHEDULED,
  CANCELLED
}
