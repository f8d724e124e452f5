package org.incubator.starterkit;

import java.io.Serializable;
import java.time.LocalDate;

/** A person whose latest spot check missed units: what the mentors' home flags. */
public record SpotCheckFlag(
    Long participantId,
    Long applicationId,
    String firstName,
    String lastName,
    LocalDate checkedOn,
    int missing)
    implements Serializable {

  public String getName() {
    return firstName + " " + lastName;
  }
}
