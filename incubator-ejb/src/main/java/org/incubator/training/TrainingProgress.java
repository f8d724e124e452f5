package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.incubator.identity.Role;
import org.incubator.selection.Cohort;
import org.incubator.shared.Entities;

/**
 * Where the people of a cohort stand in their training, counted from the rolls, in a bounded number
 * of statements whatever the cohort's size (the cohort, its people, its sessions with their
 * modules, the rolls taken, the marks, its curriculum and modules, the tracks).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class TrainingProgress {

  @PersistenceContext private EntityManager em;

  @Inject private Participants participants;

  @Inject private CohortRolls rolls;

  public CohortProgress ofCohort(@NotNull Long cohortId) {
    Cohort cohort = Entities.get(em, Cohort.class, cohortId, "selection.cohort.notFound");
    return rolls.count(cohort, participants.ofCohort(cohortId), true);
  }
}
