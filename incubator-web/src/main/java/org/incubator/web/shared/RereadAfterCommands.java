package org.incubator.web.shared;

import jakarta.faces.component.UIViewAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;

/**
 * After any command a person runs (a button or a link that saves, opens, withdraws…), what their
 * session keeps from the database ({@link KeptReads}) is forgotten, so the pages they read next
 * show what they just changed. Paging, sorting and filtering a table are not commands and keep it;
 * neither is opening a page, though its view actions reach this listener too.
 */
public class RereadAfterCommands extends ActionListenerWrapper {

  private static final String RAN_COMMAND = RereadAfterCommands.class.getName() + ".ran";

  private final ActionListener wrapped;

  public RereadAfterCommands(ActionListener wrapped) {
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
      if (isCommand(event)) {
        KeptReads.ofSession().forget();
        FacesContext.getCurrentInstance().getAttributes().put(RAN_COMMAND, Boolean.TRUE);
      }
    }
  }

  /** Whether this request ran a command ({@link BuildOnceWithoutCommands} asks). */
  static boolean ranCommand(FacesContext context) {
    return context.getAttributes().containsKey(RAN_COMMAND);
  }

  /** A view action loads the page being opened: it changes nothing a kept read could miss. */
  static boolean isCommand(ActionEvent event) {
    return !(event.getComponent() instanceof UIViewAction);
  }
}
