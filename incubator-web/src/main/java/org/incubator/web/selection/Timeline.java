package org.incubator.web.selection;

import org.incubator.selection.StatusChange;
import org.incubator.web.shared.Messages;

/**
 * How a move of an application reads: its reason in the reader's language, with the note that goes
 * with it.
 */
final class Timeline {

  private Timeline() {}

  /**
   * The reason, followed by the committee's own words or the cohort's name where there are some.
   */
  static String reasonOf(StatusChange change) {
    String text = Messages.text(change.getReasonKey());
    return change.getNote() == null ? text : text + " — " + change.getNote();
  }
}
