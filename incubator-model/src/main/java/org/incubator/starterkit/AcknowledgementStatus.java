package org.incubator.starterkit;

/**
 * Whether the person acknowledged what the mentor recorded (a kit handed over, a tool returned):
 * awaited from their own phone, or given.
 */
public enum AcknowledgementStatus {
  AWAITING_CONFIRMATION,
  CONFIRMED
}
