package org.incubator.starterkit;

/** A hand-over waits for the person's confirmation on their own phone, or is confirmed. */
public enum HandoverStatus {
  AWAITING_CONFIRMATION,
  CONFIRMED
}
