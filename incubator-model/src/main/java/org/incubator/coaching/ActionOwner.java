package org.incubator.coaching;

/** Who does what was agreed: the entrepreneur, or their mentor. */
public enum ActionOwner {
  ENTREPRENEUR,
  MENTOR
}
