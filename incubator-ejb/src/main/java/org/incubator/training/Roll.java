package org.incubator.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A session's roll as the roll-call page shows it: the session, the people it names (those still in
 * the programme, and anyone already marked), their marks now, and until when it can be taken.
 */
public record Roll(
    TrainingSession session,
    List<ParticipantSummary> people,
    Map<Long, Attendance> marks,
    boolean open,
    LocalDate closesAfter)
    implements Serializable {

  public TrainingSession getSession() {
    return session;
  }

  public List<ParticipantSummary> getPeople() {
    return people;
  }

  public boolean isOpen() {
    return open;
  }

  public LocalDate getClosesAfter() {
    return closesAfter;
  }

  /** The person's mark now, or none yet. */
  public Attendance markOf(Long participantId) {
    return marks.get(participantId);
  }

  public long getMarked() {
    return people.stream().filter(p -> marks.containsKey(p.getId())).count();
  }
}
