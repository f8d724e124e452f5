package org.incubator.coaching;

/** The five services of follow-up a mentor gives after the launch. */
public enum CoachingKind {
  CONSULTING,
  FOLLOW_UP,
  EVALUATION_VISIT,
  COACHING,
  BUSINESS_RELATIONS;

  /** Whether a held session of this kind names who the entrepreneur met and what came of it. */
  public boolean isWithCounterpart() {
    return this == BUSINESS_RELATIONS;
  }
}
