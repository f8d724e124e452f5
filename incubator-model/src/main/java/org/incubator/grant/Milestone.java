package org.incubator.grant;

/**
 * What must have happened before a tranche is paid. Parts of the programme not built yet (training,
 * kits, evaluations) are confirmed by a mentor for now.
 */
public enum Milestone {
  TRAINING_ATTENDED,
  KIT_HANDED_OVER,
  BUSINESS_LAUNCHED,
  EVALUATION_PASSED
}
