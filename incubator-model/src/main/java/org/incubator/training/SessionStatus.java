package org.incubator.training;

/** A training session is planned until it is cancelled (with a reason, kept in its history). */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
