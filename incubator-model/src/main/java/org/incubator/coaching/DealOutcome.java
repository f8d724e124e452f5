package org.incubator.coaching;

/** What came of a business-relations session; all but none carry a value in MAD. */
public enum DealOutcome {
  ORDER,
  CONTRACT,
  LOAN,
  ACCOUNT,
  PARTNERSHIP,
  NONE;

  public boolean hasValue() {
    return this != NONE;
  }
}
