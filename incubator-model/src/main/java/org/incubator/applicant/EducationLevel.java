package org.incubator.applicant;

/** Highest level of schooling or training reached. */
public enum EducationLevel {
  NONE,
  PRIMARY,
  MIDDLE_SCHOOL,
  SECONDARY,
  VOCATIONAL,
  HIGHER
}
