package org.incubator.grant;

/**
 * What must have happened before a tranche is paid. Training attendance is proven by the rolls; the
 * parts of the programme not built yet (kits, launch, evaluations) are confirmed by a mentor.
 */
public enum Milestone {
  TRAINING_ATTENDED,
  KIT_HANDED_OVER,
  BUSINESS_LAUNCHED,
  EVALUATION_PASSED
}
