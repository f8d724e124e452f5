package org.incubator.starterkit;

/** A kit's version is written as a draft, then published; a published version never changes. */
public enum TemplateStatus {
  DRAFT,
  PUBLISHED
}
