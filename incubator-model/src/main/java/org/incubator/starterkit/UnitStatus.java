package org.incubator.starterkit;

import java.util.EnumSet;
import java.util.Set;
import org.incubator.shared.IncubatorException;

/**
 * Where a serial-numbered unit is. In stock, it is picked for a hand-over and is on loan once the
 * person confirms: the tools stay the centre's until graduation transfers them to the person, or
 * they are recovered (back in stock, or scrapped when they cannot be issued again), or declared
 * lost or damaged beyond repair, which an administrator writes off. Each status names the moves it
 * allows; any other is refused.
 */
public enum UnitStatus {
  IN_STOCK,
  HANDING_OVER,
  ON_LOAN,
  LOSS_REPORTED,
  TRANSFERRED,
  WRITTEN_OFF,
  SCRAPPED;

  public Set<UnitStatus> next() {
    return switch (this) {
      case IN_STOCK -> EnumSet.of(HANDING_OVER, SCRAPPED);
      case HANDING_OVER -> EnumSet.of(ON_LOAN, IN_STOCK);
      case ON_LOAN -> EnumSet.of(TRANSFERRED, IN_STOCK, SCRAPPED, LOSS_REPORTED);
      case LOSS_REPORTED -> EnumSet.of(WRITTEN_OFF, ON_LOAN);
      case TRANSFERRED, WRITTEN_OFF, SCRAPPED -> EnumSet.noneOf(UnitStatus.class);
    };
  }

  public UnitStatus moveTo(UnitStatus target) {
    if (!next().contains(target)) {
      throw new IncubatorException("starterkit.custody.illegalMove", this, target);
    }
    return target;
  }

  /** Whether a person holds the unit (or is receiving it): it is recorded against them. */
  public boolean isWithAPerson() {
    return this != IN_STOCK && this != SCRAPPED;
  }
}
