package org.incubator.selection;

/** What a committee decides on a shortlisted application. */
public enum CommitteeDecision {
  ADMIT,
  WAIT,
  DECLINE
}
