package org.incubator.applicant;

/** Disability, if any: the programme reports outcomes for people with disabilities separately. */
public enum Disability {
  NONE,
  MOTOR,
  VISUAL,
  HEARING,
  INTELLECTUAL,
  MENTAL,
  MULTIPLE
}
