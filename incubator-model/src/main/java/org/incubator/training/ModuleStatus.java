package org.incubator.training;

/**
 * Where a person stands in a module, by the hours they attended over the hours held, against the
 * module's threshold, and what the sessions still to come can change.
 */
public enum ModuleStatus {
  /** No session of the module held yet. */
  NOT_STARTED,
  /** At or above the threshold, and missing what is left could still bring them under it. */
  ON_TRACK,
  /** Under the threshold, and attending what is left would still bring them over it. */
  BELOW,
  /** The threshold can no longer be missed, even missing every session left. */
  SECURED,
  /** The threshold can no longer be met, even attending every session left. */
  CANNOT_REACH,
  /** The module's last session is held and the threshold is met. */
  COMPLETE
}
