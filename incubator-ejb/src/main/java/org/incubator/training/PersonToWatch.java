package org.incubator.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;

/** A person of a mentor's cohort whose training needs a look, with the warnings why. */
public record PersonToWatch(
    Long cohortId,
    String cohortName,
    ParticipantSummary person,
    BigDecimal rate,
    Set<TrainingWarning> warnings)
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

  public BigDecimal getRate() {
    return rate;
  }

  public Set<TrainingWarning> getWarnings() {
    return warnings;
  }
}
