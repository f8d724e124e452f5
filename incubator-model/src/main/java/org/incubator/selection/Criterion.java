package org.incubator.selection;

/**
 * What the selection grid scores an application on. Mentors score the interview after meeting the
 * applicant.
 */
public enum Criterion {
  VULNERABILITY,
  SKILLS,
  VIABILITY,
  INTERVIEW
}
