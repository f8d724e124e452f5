package org.incubator.coaching;

/** An action item is open until done or dropped (with a reason). */
public enum ActionStatus {
  OPEN,
  DONE,
  DROPPED
}
