package org.incubator.grant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incubator.identity.Role;
import org.incubator.selection.CallForApplications;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.UniqueKeys;

/** The budget envelopes: opened by the administrator, read by everyone who handles grants. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.REVIEWER, Role.Names.MENTOR})
public class Envelopes {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext context;

  @RolesAllowed(Role.Names.ADMIN)
  public Long open(@NotNull @Valid EnvelopeDetails details) {
    if (details.getEndsOn().isBefore(details.getStartsOn())) {
      throw IncubatorException.onField("endsOn", "dateRange.endBeforeStart");
    }
    Set<CallForApplications> calls = new HashSet<>();
    for (Long callId : details.getCallIds()) {
      CallForApplications call = em.find(CallForApplications.class, callId);
      if (call == null) {
        throw IncubatorException.onField("callIds", "selection.call.notFound", callId);
      }
      calls.add(call);
    }
    var envelope =
        new BudgetEnvelope(
            details.getName(), details.getFundingSource(), Money.mad(details.getAmount()), new DateRange(details.getStartsOn(), details.getEndsOn()),
            calls, context.getCallerPrincipal().getName(), Instant.now());
    em.persist(envelope);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_budget_envelope_name")) {
        throw IncubatorException.onField("name", "grant.envelope.duplicate", details.getName());
      }
      throw e;
    }
    return envelope.getId();
  }

  public BudgetEnvelope getEnvelope(@NotNull Long id) {
    BudgetEnvelope envelope = em.find(BudgetEnvelope.class, id);
    if (envelope == null) {
      throw new NotFoundException("grant.envelope.notFound", id);
    }
    return envelope;
  }

  /** Every envelope with its balances, the latest period first (there are a handful a year). */
  public List<BudgetEnvelope> list() {
    return em.createQuery("SELECT e FROM BudgetEnvelope e ORDER BY e.period.end DESC, e.name", BudgetEnvelope.class).getResultList();
  }
}
