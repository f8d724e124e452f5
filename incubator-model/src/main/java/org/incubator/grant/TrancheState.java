package org.incubator.grant;

import java.io.Serializable;
import org.incubator.shared.Money;

/** A tranche of a grant and where it stands, as {@link GrantRequest#trancheStates} tells it. */
public record TrancheState(
    int sequence, int percent, Money amount, Milestone milestone, TrancheStatus status)
    implements Serializable {

  public boolean isPayable() {
    return status == TrancheStatus.PAYABLE;
  }

  public boolean isPaid() {
    return status == TrancheStatus.PAID;
  }
}
