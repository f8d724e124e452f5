package org.incubator.training;

import java.io.Serializable;

/** A person in their cohort and where they stand in their training. */
public record PersonStanding(
    Long cohortId, String cohortName, ParticipantSummary person, TrainingStanding standing)
    implements Serializable {

  public Long getCohortId() {
    return cohortId;
  }

  public String getCohortName() {
    return cohortName;
  }

  public ParticipantSummary getPerson() {
    return person;
  }

  public TrainingStanding getStanding() {
    return standing;
  }
}
