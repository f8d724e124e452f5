package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.DateRange;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;

/** The cohorts of a call: the administrator forms them; mentors and the committee fill them. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Cohorts {

  @PersistenceContext private EntityManager em;

  @Inject private CallsForApplications calls;

  @RolesAllowed(Role.Names.ADMIN)
  public Long form(@NotNull Long callId, @NotNull @Valid CohortDetails details) {
    if (details.getEndsOn().isBefore(details.getStartsOn())) {
      throw IncubatorException.onField("endsOn", "dateRange.endBeforeStart");
    }
    var cohort =
        new Cohort(
            calls.getCall(callId),
            details.getName(),
            new DateRange(details.getStartsOn(), details.getEndsOn()),
            details.getCapacity());
    em.persist(cohort);
    Flushes.orDuplicate(
        em,
        "uq_cohort_call_name",
        () -> IncubatorException.onField("name", "selection.cohort.duplicate", details.getName()));
    return cohort.getId();
  }

  /** The call's cohorts with their taken places, in the order they start. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Cohort> ofCall(@NotNull Long callId) {
    return em.createQuery(
            "SELECT c FROM Cohort c WHERE c.call.id = :call ORDER BY c.period.start, c.name",
            Cohort.class)
        .setParameter("call", callId)
        .getResultList();
  }

  /** The latest cohorts of every call, each with its call: what a budget envelope can fund. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Cohort> latest(int count) {
    return em.createQuery(
            "SELECT c FROM Cohort c JOIN FETCH c.call ORDER BY c.period.start DESC, c.name",
            Cohort.class)
        .setMaxResults(count)
        .getResultList();
  }

  public Cohort getCohort(@NotNull Long id) {
    Cohort cohort = Entities.get(em, Cohort.class, id, "selection.cohort.notFound");
    return cohort;
  }
}
