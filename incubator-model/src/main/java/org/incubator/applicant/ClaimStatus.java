package org.incubator.applicant;

/**
 * Where an online account's claim to a holder's file stands: waiting for a mentor to check the
 * person's CIN card, confirmed (the account owns the file), refused, or unlinked after a mistake.
 */
public enum ClaimStatus {
  TO_CONFIRM,
  CONFIRMED,
  REFUSED,
  UNLINKED
}
