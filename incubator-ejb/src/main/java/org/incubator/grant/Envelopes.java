package org.incubator.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.incubator.identity.Role;
import org.incubator.selection.Application;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.shared.Caller;
import org.incubator.shared.DateRange;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/** The budget envelopes: opened by the administrator, read by everyone who handles grants. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.REVIEWER, Role.Names.MENTOR})
public class Envelopes {

  private static final long NO_COHORT = -1;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @RolesAllowed(Role.Names.ADMIN)
  public Long open(@NotNull @Valid EnvelopeDetails details) {
    if (details.getEndsOn().isBefore(details.getStartsOn())) {
      throw IncubatorException.onField("endsOn", "dateRange.endBeforeStart");
    }
    Set<CallForApplications> calls =
        found(
            CallForApplications.class, details.getCallIds(), "callIds", "selection.call.notFound");
    Set<Cohort> cohorts =
        found(Cohort.class, details.getCohortIds(), "cohortIds", "selection.cohort.notFound");
    var envelope =
        new BudgetEnvelope(
            details.getName(),
            details.getFundingSource(),
            Money.mad(details.getAmount()),
            new DateRange(details.getStartsOn(), details.getEndsOn()),
            calls,
            cohorts,
            caller.name(),
            Instant.now());
    em.persist(envelope);
    Flushes.orDuplicate(
        em,
        "uq_budget_envelope_name",
        () -> IncubatorException.onField("name", "grant.envelope.duplicate", details.getName()));
    return envelope.getId();
  }

  private <T> Set<T> found(Class<T> type, List<Long> ids, String field, String notFound) {
    Set<T> found = new HashSet<>();
    for (Long id : ids == null ? List.<Long>of() : ids) {
      T one = em.find(type, id);
      if (one == null) {
        throw IncubatorException.onField(field, notFound, id);
      }
      found.add(one);
    }
    return found;
  }

  public BudgetEnvelope getEnvelope(@NotNull Long id) {
    BudgetEnvelope envelope = Entities.get(em, BudgetEnvelope.class, id, "grant.envelope.notFound");
    return envelope;
  }

  /**
   * The envelope month by month, from its first month to this one (or its last): what was committed
   * and paid by the end of each. One statement over the trail and the payments; a closed grant's
   * release counts in the month it closed. Months are counted in UTC, as the trail is stored
   * (Morocco is at most an hour away).
   */
  public List<EnvelopeMonth> history(@NotNull Long id) {
    BudgetEnvelope envelope = getEnvelope(id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DATE_FORMAT(t.happened, '%Y-%m') AS month, SUM(t.committed), SUM(t.paid)"
                    + " FROM ( SELECT e.done_at AS happened, r.amount AS committed, 0 AS paid  "
                    + " FROM grant_event e JOIN grant_request r ON r.id = e.request_id WHERE"
                    + " r.envelope_id = ?1 AND e.action = ?4 UNION ALL SELECT e.done_at,"
                    + " (SELECT COALESCE(SUM(p.amount), 0) FROM grant_payment p WHERE p.request_id"
                    + " = r.id) - r.amount, 0   FROM grant_event e JOIN grant_request r ON r.id ="
                    + " e.request_id WHERE r.envelope_id = ?2 AND e.action = ?5 UNION ALL"
                    + " SELECT p.paid_on, 0, p.amount FROM grant_payment p JOIN grant_request r ON"
                    + " r.id = p.request_id WHERE r.envelope_id = ?3) t GROUP BY month ORDER BY"
                    + " month")
            .setParameter(1, id)
            .setParameter(2, id)
            .setParameter(3, id)
            .setParameter(4, GrantAction.APPROVED.code())
            .setParameter(5, GrantAction.CLOSED.code())
            .getResultList();
    TreeMap<YearMonth, Object[]> moves = new TreeMap<>();
    rows.forEach(row -> moves.put(YearMonth.parse((String) row[0]), row));
    YearMonth first = YearMonth.from(envelope.getPeriod().getStart());
    YearMonth last = YearMonth.from(envelope.getPeriod().getEnd());
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    last = now.isBefore(last) ? now : last;
    if (!moves.isEmpty()) {
      first = moves.firstKey().isBefore(first) ? moves.firstKey() : first;
      last = moves.lastKey().isAfter(last) ? moves.lastKey() : last;
    }
    last = last.isBefore(first) ? first : last;
    List<EnvelopeMonth> months = new ArrayList<>();
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      Object[] row = moves.get(month);
      if (row != null) {
        committed = committed.add(decimal(row[1]));
        paid = paid.add(decimal(row[2]));
      }
      months.add(new EnvelopeMonth(month, Money.mad(committed), Money.mad(paid)));
    }
    return months;
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  /**
   * The envelopes a grant to this admitted entrepreneur may come from: funding their call or their
   * cohort (one statement).
   */
  public List<BudgetEnvelope> funding(@NotNull Long applicationId) {
    Application admitted =
        Entities.get(em, Application.class, applicationId, "selection.application.notFound");
    return em.createQuery(
            "SELECT DISTINCT e FROM BudgetEnvelope e LEFT JOIN e.calls call LEFT JOIN e.cohorts"
                + " cohort WHERE call.id = :call OR cohort.id = :cohort ORDER BY e.name",
            BudgetEnvelope.class)
        .setParameter("call", admitted.getCall().getId())
        .setParameter("cohort", admitted.getCohort().map(Cohort::getId).orElse(NO_COHORT))
        .getResultList();
  }

  /** Every envelope with its balances, the latest period first (there are a handful a year). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<BudgetEnvelope> list() {
    return em.createQuery(
            "SELECT e FROM BudgetEnvelope e ORDER BY e.period.end DESC, e.name",
            BudgetEnvelope.class)
        .getResultList();
  }
}
