package org.incubator.coaching;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.incubator.grant.GrantPreparers;
import org.incubator.grant.Milestone;
import org.incubator.grant.MilestoneEvidence;
import org.incubator.selection.Application;

/**
 * Business launched, proven by the recorded launch once a mentor who did not prepare the person's
 * grant vouches for it (who recorded it, or a second mentor who confirmed it).
 */
@Dependent
public class BusinessLaunched implements MilestoneEvidence {

  @PersistenceContext private EntityManager em;

  @Inject private GrantPreparers preparers;

  @Override
  public Set<Milestone> reached(Application application) {
    boolean vouched =
        em.createQuery(
                "SELECT l FROM BusinessLaunch l WHERE l.participant.application = :application",
                BusinessLaunch.class)
            .setParameter("application", application)
            .getResultStream()
            .anyMatch(launch -> launch.isVouchedForApartFrom(preparers.of(application)));
    return vouched ? EnumSet.of(Milestone.BUSINESS_LAUNCHED) : EnumSet.noneOf(Milestone.class);
  }

  @Override
  public Set<Milestone> provenFromFacts() {
    return EnumSet.of(Milestone.BUSINESS_LAUNCHED);
  }
}
