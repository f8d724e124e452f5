package org.incubator.starterkit;

/**
 * Where a person's kit stands: waiting for stock (in order of admission), reserved on the shelves,
 * handed over, or cancelled (the person left before receiving it).
 */
public enum AllocationStatus {
  WAITING,
  RESERVED,
  HANDED_OVER,
  CANCELLED
}
