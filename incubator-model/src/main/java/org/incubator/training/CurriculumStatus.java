package org.incubator.training;

/** A curriculum version is written as a draft, then published and no longer changed. */
public enum CurriculumStatus {
  DRAFT,
  PUBLISHED
}
