package org.incubator.applicant;

/** Gender as recorded on the CIN; programme statistics are broken down by it. */
public enum Gender {
  FEMALE,
  MALE
}
