package org.incubator.coaching;

/** Where a coaching session takes place. */
public enum MeetingPlace {
  AT_BUSINESS,
  AT_CENTRE,
  BY_PHONE
}
