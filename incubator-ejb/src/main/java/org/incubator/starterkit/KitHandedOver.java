package org.incubator.starterkit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.incubator.grant.Milestone;
import org.incubator.grant.MilestoneEvidence;
import org.incubator.selection.Application;

/** Kit handed over, proven by the person's confirmed hand-over: what a tranche may wait for. */
@Dependent
public class KitHandedOver implements MilestoneEvidence {

  @PersistenceContext private EntityManager em;

  @Override
  public Set<Milestone> reached(Application application) {
    long confirmed =
        em.createQuery(
                "SELECT COUNT(h) FROM KitHandover h WHERE h.participant.application = :application"
                    + " AND h.acknowledgement.status ="
                    + " org.incubator.starterkit.AcknowledgementStatus.CONFIRMED",
                Long.class)
            .setParameter("application", application)
            .getSingleResult();
    return confirmed > 0 ? EnumSet.of(Milestone.KIT_HANDED_OVER) : EnumSet.noneOf(Milestone.class);
  }

  @Override
  public Set<Milestone> provenFromFacts() {
    return EnumSet.of(Milestone.KIT_HANDED_OVER);
  }
}
