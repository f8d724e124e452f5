package org.incubator.training;

/** Why an excused person could not come; funders ask for these counted by gender. */
public enum AbsenceReason {
  TRANSPORT,
  CHILDCARE,
  WORK,
  ILLNESS,
  OTHER
}
