package org.incubator.grant;

/**
 * Where one tranche of a grant stands. A tranche is payable once the grant is approved, its
 * milestone is reached and every earlier tranche is paid; otherwise the status says what it waits
 * for.
 */
public enum TrancheStatus {
  PAID,
  PAYABLE,
  WAITING_FOR_PREVIOUS,
  WAITING_FOR_MILESTONE,
  GRANT_NOT_APPROVED
}
