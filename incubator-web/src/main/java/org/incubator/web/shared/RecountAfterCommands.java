package org.incubator.web.shared;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;

/**
 * After any command a person runs (a button or a link that saves, opens, withdraws…), their kept
 * list counts are forgotten, so the lists they read next count what they just changed. Paging,
 * sorting and filtering a table are not commands and keep them.
 */
public class RecountAfterCommands extends ActionListenerWrapper {

  private final ActionListener wrapped;

  public RecountAfterCommands(ActionListener wrapped) {
    this.wrapped = wrapped;
  }

  @Override
  public ActionListener getWrapped() {
    return wrapped;
  }

  @Override
  public void processAction(ActionEvent event) throws AbortProcessingException {
    try {
      getWrapped().processAction(event);
    } finally {
      ListCounts.ofSession().forget();
    }
  }
}
