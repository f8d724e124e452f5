package org.incubator.selection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What is recorded of a committee session: its date, the members present, the minutes. */
public class SessionDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{field.required}")
  private LocalDate heldOn;

  /** At least one: the session itself refuses none, on this field, whatever the form sends. */
  private List<String> members = new ArrayList<>();

  @Size(max = CommitteeSession.MINUTES_LENGTH, message = "{field.tooLong}")
  private String minutes;

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public List<String> getMembers() {
    return members;
  }

  public void setMembers(List<String> members) {
    this.members = members;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }
}
