package org.incubator.coaching;

/** What part of the journey an event of a person's story belongs to. */
public enum StoryKind {
  APPLICATION,
  JOURNEY,
  KIT,
  GRANT,
  LAUNCH,
  SESSION,
  ACTION
}
