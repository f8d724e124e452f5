package org.incubator.training;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A cohort's training as counted from its rolls: each person's standing, and the sessions over
 * whose roll was not taken (they count for nobody until it is).
 */
public record CohortProgress(
    List<ParticipantSummary> people,
    Map<Long, TrainingStanding> standings,
    List<TrainingSession> rollsMissing,
    List<TrainingSession> sessions,
    List<AbsenceCount> absences)
    implements Serializable {

  public TrainingStanding of(Long participantId) {
    return standings.get(participantId);
  }

  public List<ParticipantSummary> getPeople() {
    return people;
  }

  /** The cohort's sessions, cancelled ones included, in the order they come, with their modules. */
  public List<TrainingSession> getSessions() {
    return sessions;
  }

  /** Absences by reason (the last line: without an excuse), women and men apart. */
  public List<AbsenceCount> getAbsences() {
    return absences;
  }

  public List<TrainingSession> getRollsMissing() {
    return rollsMissing;
  }
}
