package org.incubator.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A person's hours in one module: held, attended (present or late), excused and missed, what is
 * still to come, and where that leaves them against the module's threshold.
 */
public final class ModuleStanding implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient TrainingModule module;
  private final int threshold;
  private final long heldMinutes;
  private final long attendedMinutes;
  private final long excusedMinutes;
  private final long remainingMinutes;
  private final ModuleStatus status;

  ModuleStanding(
      TrainingModule module,
      long heldMinutes,
      long attendedMinutes,
      long excusedMinutes,
      long remainingMinutes) {
    this.module = module;
    this.threshold = module.getThreshold();
    this.heldMinutes = heldMinutes;
    this.attendedMinutes = attendedMinutes;
    this.excusedMinutes = excusedMinutes;
    this.remainingMinutes = remainingMinutes;
    this.status = status();
  }

  /**
   * Compared in whole minutes times a hundred, so a rate exactly at the threshold meets it and no
   * rounding decides.
   */
  private ModuleStatus status() {
    long total = heldMinutes + remainingMinutes;
    boolean metIfMissingTheRest = attendedMinutes * 100 >= (long) threshold * total;
    boolean metIfAttendingTheRest =
        (attendedMinutes + remainingMinutes) * 100 >= (long) threshold * total;
    if (remainingMinutes == 0) {
      if (heldMinutes == 0) {
        return ModuleStatus.NOT_STARTED;
      }
      return metIfMissingTheRest ? ModuleStatus.COMPLETE : ModuleStatus.CANNOT_REACH;
    }
    if (!metIfAttendingTheRest) {
      return ModuleStatus.CANNOT_REACH;
    }
    if (metIfMissingTheRest) {
      return ModuleStatus.SECURED;
    }
    if (heldMinutes == 0) {
      return ModuleStatus.NOT_STARTED;
    }
    return attendedMinutes * 100 >= (long) threshold * heldMinutes
        ? ModuleStatus.ON_TRACK
        : ModuleStatus.BELOW;
  }

  /** Hours attended over hours held, in percent with one decimal; empty before any is held. */
  public BigDecimal getRate() {
    return heldMinutes == 0
        ? null
        : BigDecimal.valueOf(attendedMinutes * 100)
            .divide(BigDecimal.valueOf(heldMinutes), 1, RoundingMode.HALF_EVEN);
  }

  /** The hours still to attend, of those left, to reach the threshold; zero once it is secured. */
  public Duration getStillNeeded() {
    long total = heldMinutes + remainingMinutes;
    long needed = Math.max(0, ceilDiv((long) threshold * total, 100) - attendedMinutes);
    return Duration.ofMinutes(Math.min(needed, remainingMinutes));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  public TrainingModule getModule() {
    return module;
  }

  public int getThreshold() {
    return threshold;
  }

  public Duration getHeld() {
    return Duration.ofMinutes(heldMinutes);
  }

  public Duration getAttended() {
    return Duration.ofMinutes(attendedMinutes);
  }

  public Duration getExcused() {
    return Duration.ofMinutes(excusedMinutes);
  }

  public Duration getRemaining() {
    return Duration.ofMinutes(remainingMinutes);
  }

  public ModuleStatus getStatus() {
    return status;
  }
}
