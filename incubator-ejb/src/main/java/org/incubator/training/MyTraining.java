package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;

/**
 * An entrepreneur's own training: their cohort's sessions, their marks and where they stand. Every
 * query is filtered by the signed-in account; nobody else's training is reachable from here.
 */
@Stateless
@RolesAllowed(Role.Names.ENTREPRENEUR)
public class MyTraining {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private CohortRolls rolls;

  /** My place in a cohort, the latest if I was admitted more than once; none before admission. */
  public Optional<Participant> mine() {
    return em.createQuery(
            "SELECT p FROM Participant p JOIN FETCH p.cohort WHERE p.holder.account = :me AND"
                + " p.holder.accountConfirmed = TRUE ORDER BY p.id DESC",
            Participant.class)
        .setParameter("me", caller.name())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** My training: my cohort's sessions, my marks and my standing; none before admission. */
  public Optional<OwnTraining> view() {
    return mine().map(this::viewOf);
  }

  private OwnTraining viewOf(Participant me) {
    CohortProgress progress =
        rolls.count(me.getCohort(), List.of(ParticipantSummary.of(me)), false);
    Map<Long, Attendance> marks =
        em.createQuery("SELECT a FROM Attendance a WHERE a.participantId = :me", Attendance.class)
            .setParameter("me", me.getId())
            .getResultStream()
            .collect(Collectors.toMap(Attendance::getSessionId, Function.identity()));
    return new OwnTraining(me, progress.getSessions(), marks, progress.of(me.getId()));
  }
}
