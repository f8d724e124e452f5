package org.incubator.grant;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.incubator.selection.Application;

/**
 * What every {@link MilestoneEvidence} says together: the milestones a person reached, and the ones
 * a mentor may still confirm by hand — those no source proves from facts. A confirmation recorded
 * before a milestone gained its source of facts still counts.
 */
@Dependent
public class Milestones {

  @Inject @Any private Instance<MilestoneEvidence> evidence;

  public Set<Milestone> reached(Application application) {
    Set<Milestone> reached = EnumSet.noneOf(Milestone.class);
    for (MilestoneEvidence source : evidence) {
      reached.addAll(source.reached(application));
    }
    return reached;
  }

  public Set<Milestone> confirmable() {
    Set<Milestone> confirmable = EnumSet.allOf(Milestone.class);
    for (MilestoneEvidence source : evidence) {
      confirmable.removeAll(source.provenFromFacts());
    }
    return confirmable;
  }
}
