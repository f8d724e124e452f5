package org.incubator.starterkit;

import java.io.Serializable;
import java.time.Instant;
import org.incubator.applicant.Trade;

/** An allocated kit as the list of kits shows it. */
public record AllocationSummary(
    Long id,
    Long participantId,
    String firstName,
    String lastName,
    String cohort,
    Trade trade,
    int kitNumber,
    AllocationStatus status,
    Instant admittedAt,
    Instant allocatedAt)
    implements Serializable {

  public String getName() {
    return firstName + " " + lastName;
  }
}
