package org.incubator.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.training.Participant;

/** A person's coaching as their file shows it to the staff, in a bounded number of statements. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class CoachingFiles {

  @PersistenceContext private EntityManager em;

  @Inject private Caseloads caseloads;

  @Inject private Launches launches;

  @Inject private Stories stories;

  /** The person's story so far, newest first: every mentor reads every file. */
  public List<StoryEvent> story(@NotNull Long participantId) {
    return stories.of(participantId);
  }

  /** None before admission. */
  public Optional<CoachingFile> ofApplication(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT p FROM Participant p WHERE p.application.id = :application", Participant.class)
        .setParameter("application", applicationId)
        .getResultStream()
        .findFirst()
        .map(
            p ->
                new CoachingFile(
                    p.getId(),
                    p.getStage(),
                    caseloads.of(p.getId()).orElse(null),
                    launches.of(p.getId()).orElse(null)));
  }
}
