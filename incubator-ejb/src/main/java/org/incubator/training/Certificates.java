package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.NotFoundException;

/**
 * Certificates of completion, for the people whose training is complete. An entrepreneur reads only
 * their own; mentors and the administrator read any. Anybody else's, or of somebody not trained, is
 * not found.
 */
@Stateless
@RolesAllowed({Role.Names.ENTREPRENEUR, Role.Names.MENTOR, Role.Names.ADMIN})
public class Certificates {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private CohortRolls rolls;

  @Inject private FollowedCurricula curricula;

  public TrainingCertificate certificateFor(@NotNull Long participantId) {
    boolean own = caller.isIn(Role.Names.ENTREPRENEUR);
    var query =
        em.createQuery(
                "SELECT p FROM Participant p JOIN FETCH p.holder JOIN FETCH p.cohort WHERE p.id ="
                    + " :id"
                    + (own
                        ? " AND p.holder.account = :me AND p.holder.accountConfirmed = TRUE"
                        : ""),
                Participant.class)
            .setParameter("id", participantId);
    if (own) {
      query.setParameter("me", caller.name());
    }
    Participant person =
        query
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("training.certificate.none", participantId));
    Instant trainedOn =
        person
            .getTrainedOn()
            .orElseThrow(() -> new NotFoundException("training.certificate.none", participantId));
    TrainingStanding standing =
        rolls
            .count(person.getCohort(), List.of(ParticipantSummary.of(person)), false)
            .of(person.getId());
    return new TrainingCertificate(
        person.getId(),
        person.getHolder().getFirstName() + " " + person.getHolder().getLastName(),
        person.getHolder().getCin().getValue(),
        person.getCohort().getName(),
        person.getCohort().getCall().getName(),
        curricula.of(person.getCohort()).map(CurriculumVersion::getNumber).orElse(1),
        trainedOn,
        standing.getModules(),
        standing.getAttendedMinutes(),
        standing.getHeldMinutes());
  }
}
