package org.incubator.grant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.incubator.selection.Application;

/**
 * The milestones mentors confirmed by hand, with a date and a note: the evidence there is for now.
 */
@Dependent
public class MentorConfirmations implements MilestoneEvidence {

  @PersistenceContext private EntityManager em;

  @Override
  public Set<Milestone> reached(Application application) {
    Set<Milestone> reached = EnumSet.noneOf(Milestone.class);
    reached.addAll(
        em.createQuery(
                "SELECT c.milestone FROM MilestoneConfirmation c WHERE c.application ="
                    + " :application",
                Milestone.class)
            .setParameter("application", application)
            .getResultList());
    return reached;
  }
}
