package org.incubator.selection;

import java.util.EnumSet;
import java.util.Set;

/** What an applicant attaches to an application. */
public enum DocumentKind {
  CIN_SCAN,
  SKILL_PROOF,
  PROJECT_DESCRIPTION,
  /** Required before a seed-grant request goes to the foundation's reviewers. */
  BUSINESS_PLAN;

  /**
   * What the foundation's reviewers read to judge a grant request; the CIN scan is not theirs to
   * see.
   */
  public static Set<DocumentKind> forReview() {
    return EnumSet.of(SKILL_PROOF, PROJECT_DESCRIPTION, BUSINESS_PLAN);
  }
}
