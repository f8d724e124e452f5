package org.incubator.selection;

/** What an applicant attaches to an application. */
public enum DocumentKind {
  CIN_SCAN,
  SKILL_PROOF,
  PROJECT_DESCRIPTION,
  /** Required before a seed-grant request goes to the foundation's reviewers. */
  BUSINESS_PLAN
}
