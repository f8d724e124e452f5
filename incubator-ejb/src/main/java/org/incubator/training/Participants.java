package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;

/**
 * The admitted people of a cohort, where each stands on their journey; mentors record drop-outs.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Participants {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  /** The cohort's people, by name, in one statement. */
  public List<ParticipantSummary> ofCohort(@NotNull Long cohortId) {
    return em.createQuery(
            "SELECT NEW org.incubator.training.ParticipantSummary(p.id, h.id, h.cin.value,"
                + " h.firstName, h.lastName, h.gender, p.stage, p.since) FROM Participant p JOIN"
                + " p.holder h WHERE p.cohort.id = :cohort ORDER BY h.lastName, h.firstName, p.id",
            ParticipantSummary.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Participant getParticipant(@NotNull Long id) {
    return Entities.get(em, Participant.class, id, "training.participant.notFound");
  }

  /** The person leaves the programme, for the reason the mentor gives; kept in their journey. */
  @RolesAllowed(Role.Names.MENTOR)
  public void dropOut(@NotNull Long participantId, String reason) {
    Participant participant = getParticipant(participantId);
    em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
    participant.dropOut(reason, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }
}
