package org.incubator.training;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.incubator.grant.Milestone;
import org.incubator.grant.MilestoneEvidence;
import org.incubator.selection.Application;

/**
 * Training attended, proven by the rolls: the person's journey passed through a complete training
 * ({@link TrainingCompletion}). What a tranche waiting for it, and a grant request, look at.
 */
@Dependent
public class TrainingAttendance implements MilestoneEvidence {

  @PersistenceContext private EntityManager em;

  @Override
  public Set<Milestone> reached(Application application) {
    boolean trained =
        em.createQuery(
                "SELECT p.stage FROM Participant p WHERE p.application = :application",
                JourneyStage.class)
            .setParameter("application", application)
            .getResultStream()
            .anyMatch(JourneyStage::isTrained);
    return trained ? EnumSet.of(Milestone.TRAINING_ATTENDED) : EnumSet.noneOf(Milestone.class);
  }

  @Override
  public Set<Milestone> provenFromFacts() {
    return EnumSet.of(Milestone.TRAINING_ATTENDED);
  }
}
