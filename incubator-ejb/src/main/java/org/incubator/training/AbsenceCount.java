package org.incubator.training;

import java.io.Serializable;

/**
 * How many absences of a cohort's people had this reason (none: absent without an excuse), women
 * and men apart: what funders ask.
 */
public record AbsenceCount(AbsenceReason reason, int women, int men) implements Serializable {

  public AbsenceReason getReason() {
    return reason;
  }

  public int getWomen() {
    return women;
  }

  public int getMen() {
    return men;
  }
}
