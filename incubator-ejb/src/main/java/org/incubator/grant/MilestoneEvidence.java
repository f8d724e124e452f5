package org.incubator.grant;

import java.util.Set;
import org.incubator.selection.Application;

/**
 * A source of proof that an entrepreneur reached milestones. Grants ask every source, so a later
 * part of the programme (training attendance, kit hand-over, evaluations) plugs in by adding one,
 * without a change to the grant code.
 */
public interface MilestoneEvidence {

  Set<Milestone> reached(Application application);

  /**
   * The milestones this source proves from recorded facts rather than a person's word. Once a
   * milestone has such a source, a mentor no longer confirms it by hand (see {@link Milestones}).
   */
  default Set<Milestone> provenFromFacts() {
    return Set.of();
  }
}
