package org.incubator.coaching;

import java.io.Serializable;
import java.time.LocalDate;

/** An action agreed in a session, as the form holds it. */
public class ActionDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private String what;
  private ActionOwner owner = ActionOwner.ENTREPRENEUR;
  private LocalDate dueOn;

  public ActionDetails() {}

  public ActionDetails(String what, ActionOwner owner, LocalDate dueOn) {
    this.what = what;
    this.owner = owner;
    this.dueOn = dueOn;
  }

  /** Whether the form's line was left empty (a blank line is not an action). */
  public boolean isBlank() {
    return (what == null || what.isBlank()) && dueOn == null;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public ActionOwner getOwner() {
    return owner;
  }

  public void setOwner(ActionOwner owner) {
    this.owner = owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
