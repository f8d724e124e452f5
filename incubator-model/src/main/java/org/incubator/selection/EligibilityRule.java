package org.incubator.selection;

/** The rules an applicant must pass to be considered, each set per call by the administrator. */
public enum EligibilityRule {
  AGE,
  INCOME_PER_PERSON,
  PROVEN_SKILL,
  HOME_PROVINCE
}
