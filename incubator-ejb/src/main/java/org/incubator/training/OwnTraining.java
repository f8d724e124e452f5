package org.incubator.training;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What an entrepreneur sees of their own training. */
public record OwnTraining(
    Participant participant,
    List<TrainingSession> sessions,
    Map<Long, Attendance> marks,
    TrainingStanding standing)
    implements Serializable {

  public Participant getParticipant() {
    return participant;
  }

  public List<TrainingSession> getSessions() {
    return sessions;
  }

  public TrainingStanding getStanding() {
    return standing;
  }

  /** My mark at the session, or none (not held yet, or its roll not taken). */
  public Attendance markAt(Long sessionId) {
    return marks.get(sessionId);
  }
}
