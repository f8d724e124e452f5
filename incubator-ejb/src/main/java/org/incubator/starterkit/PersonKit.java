package org.incubator.starterkit;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.incubator.training.Participant;

/**
 * A person's kit as their page shows it: the allocation, the hand-over, the units they hold now,
 * and for staff the custody moves and the spot checks.
 */
public record PersonKit(
    Participant participant,
    KitAllocation allocation,
    KitHandover handover,
    List<KitUnit> units,
    List<CustodyMove> moves,
    List<SpotCheck> checks,
    List<KitReturn> returns)
    implements Serializable {

  public Optional<KitAllocation> getAllocation() {
    return Optional.ofNullable(allocation);
  }

  public Optional<KitHandover> getHandover() {
    return Optional.ofNullable(handover);
  }

  public boolean isAwaitingConfirmation() {
    return handover != null && !handover.isConfirmed();
  }

  /** The returns the person has yet to acknowledge. */
  public List<KitReturn> getReturnsToConfirm() {
    return returns.stream().filter(r -> !r.isConfirmed()).toList();
  }
}
