package org.incubator.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incubator.selection.Cohort;
import org.incubator.shared.CentreTime;

/**
 * Records who completed the training, from the rolls: once every planned session of a cohort is
 * held (over, its roll taken), each person whose every module reached its threshold moves to
 * trained, and a correction of a roll that takes a module below it again moves them back, while
 * nothing followed. Called after every change that can settle it (a mark, the whole roll, a
 * cancelled session): one statement before the training is over, then a bounded number whatever the
 * number of people (the moves are written for all of them at once).
 */
@Dependent
public class TrainingCompletion {

  @PersistenceContext private EntityManager em;

  @Inject private CohortRolls rolls;

  /**
   * Settles one person of the cohort, or all of them when {@code participantId} is null. Their rows
   * are locked, in the order of their ids, so two settlings never interleave.
   */
  void settle(Cohort cohort, Long participantId, String by) {
    settle(cohort, participantId, by, Instant.now());
  }

  /** {@link #settle(Cohort, Long, String)} as of a moment: how the demo tells a past training. */
  public void settle(Cohort cohort, Long participantId, String by, Instant when) {
    if (!isOver(cohort)) {
      return;
    }
    var lock =
        em.createNativeQuery(
                "SELECT id FROM participant WHERE cohort_id = ? AND stage IN ('IN_TRAINING',"
                    + " 'TRAINED')"
                    + (participantId == null ? "" : " AND id = ?")
                    + " ORDER BY id FOR UPDATE")
            .setParameter(1, cohort.getId());
    if (participantId != null) {
      lock.setParameter(2, participantId);
    }
    if (lock.getResultList().isEmpty()) {
      return;
    }
    var read =
        em.createQuery(
                "SELECT NEW org.incubator.training.ParticipantSummary(p.id, h.id, h.cin.value,"
                    + " h.firstName, h.lastName, h.gender, p.stage, p.since) FROM Participant p"
                    + " JOIN p.holder h WHERE p.cohort = :cohort AND p.stage IN :stages"
                    + (participantId == null ? "" : " AND p.id = :id"),
                ParticipantSummary.class)
            .setParameter("cohort", cohort)
            .setParameter("stages", List.of(JourneyStage.IN_TRAINING, JourneyStage.TRAINED));
    if (participantId != null) {
      read.setParameter("id", participantId);
    }
    List<ParticipantSummary> people = read.getResultList();
    CohortProgress progress = rolls.count(cohort, people, false);
    List<Long> completed = new ArrayList<>();
    List<Long> reopened = new ArrayList<>();
    for (ParticipantSummary person : people) {
      boolean complete = progress.of(person.getId()).isComplete();
      if (complete && person.getStage() == JourneyStage.IN_TRAINING) {
        completed.add(person.getId());
      } else if (!complete && person.getStage() == JourneyStage.TRAINED) {
        reopened.add(person.getId());
      }
    }
    move(completed, JourneyStage.IN_TRAINING, JourneyStage.TRAINED, by, when);
    move(reopened, JourneyStage.TRAINED, JourneyStage.IN_TRAINING, by, when);
  }

  /**
   * The move of {@link Participant#completeTraining} or {@link Participant#reopenTraining}, for
   * many people in three statements: the length of their journeys, a step of each, their stage.
   */
  private void move(List<Long> ids, JourneyStage from, JourneyStage to, String by, Instant when) {
    if (ids.isEmpty()) {
      return;
    }
    from.moveTo(to);
    Timestamp at = Timestamp.from(when);
    String whose = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    var counted =
        em.createNativeQuery(
            "SELECT participant_id, COUNT(*) FROM journey_step WHERE participant_id"
                + whose
                + " GROUP BY participant_id");
    for (int i = 0; i < ids.size(); i++) {
      counted.setParameter(1 + i, ids.get(i));
    }
    Map<Long, Integer> steps = new HashMap<>();
    for (Object row : counted.getResultList()) {
      Object[] columns = (Object[]) row;
      steps.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
    }
    var step =
        em.createNativeQuery(
            "INSERT INTO journey_step (participant_id, sequence, from_stage, to_stage, done_by,"
                + " done_at) VALUES "
                + String.join(", ", Collections.nCopies(ids.size(), "(?, ?, ?, ?, ?, ?)")));
    var stage =
        em.createNativeQuery(
                "UPDATE participant SET stage = ?, stage_since = ?, version = version + 1 WHERE"
                    + " stage = ? AND id"
                    + whose)
            .setParameter(1, to.name())
            .setParameter(2, at)
            .setParameter(3, from.name());
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      step.setParameter(6 * i + 1, id)
          .setParameter(6 * i + 2, steps.getOrDefault(id, 0) + 1)
          .setParameter(6 * i + 3, from.name())
          .setParameter(6 * i + 4, to.name())
          .setParameter(6 * i + 5, by)
          .setParameter(6 * i + 6, at);
      stage.setParameter(4 + i, id);
    }
    step.executeUpdate();
    stage.executeUpdate();
  }

  /** Every planned session of the cohort is over and its roll taken. */
  private boolean isOver(Cohort cohort) {
    LocalDate today = CentreTime.today();
    return em.createQuery(
                "SELECT COUNT(s) FROM TrainingSession s WHERE s.cohort = :cohort AND s.status ="
                    + " :scheduled AND (s.day > :today OR (s.day = :today AND s.endsAt > :now) OR"
                    + " NOT EXISTS (SELECT a.id FROM Attendance a WHERE a.session = s))",
                Long.class)
            .setParameter("cohort", cohort)
            .setParameter("scheduled", SessionStatus.SCHEDULED)
            .setParameter("today", today)
            .setParameter("now", CentreTime.time())
            .getSingleResult()
        == 0;
  }
}
