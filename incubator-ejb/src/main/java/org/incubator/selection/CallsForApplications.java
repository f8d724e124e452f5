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
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.DateRange;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.Money;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.incubator.shared.Province;
import org.incubator.shared.ReferenceData;

/**
 * Calls for applications. The administrator opens and revises them, with their eligibility rules;
 * mentors read them and see, rule by rule, whether a project holder is eligible.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class CallsForApplications {

  /** The list of calls' order: the latest closing first. */
  private static final Comparator<CallSummary> LATEST_CLOSING_FIRST =
      Comparator.comparing(CallSummary::closesOn).thenComparing(CallSummary::id).reversed();

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private ReferenceData referenceData;

  @Inject private ProjectHolderRegister register;

  @Inject private Applications applications;

  @RolesAllowed(Role.Names.ADMIN)
  public Long open(@NotNull @Valid CallDetails details) {
    var call =
        new CallForApplications(
            details.getName(),
            period(details),
            details.getPlaces(),
            provinces(details),
            rules(details),
            caller.name(),
            Instant.now());
    call.regrade(details.toGrid());
    em.persist(call);
    em.flush();
    return call.getId();
  }

  /**
   * Saves the administrator's changes; refused if someone saved the call since {@code
   * basedOnVersion}. Returns how many undecided applications changed eligibility under the new
   * rules.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public int revise(@NotNull Long id, long basedOnVersion, @NotNull @Valid CallDetails details) {
    CallForApplications call = getCall(id);
    if (call.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    call.revise(
        details.getName(),
        period(details),
        details.getPlaces(),
        provinces(details),
        rules(details),
        caller.name(),
        Instant.now());
    call.regrade(details.toGrid());
    Flushes.orConflict(em);
    return applications.reassessUndecided(call);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CallForApplications getCall(@NotNull Long id) {
    return findCall(id).orElseThrow(() -> new NotFoundException("selection.call.notFound", id));
  }

  public Optional<CallForApplications> findCall(Long id) {
    return Optional.ofNullable(em.find(CallForApplications.class, id));
  }

  /**
   * A page of the calls, the latest closing first, as the list pattern reads it: the page's ids
   * along the closing-day index (from the end for a page nearer it), as a derived table those calls
   * are joined to, in one statement. Each call's provinces are counted along its own index, and
   * named (the first few, sorted in the reader's language) only for a call that does not cover them
   * all: a national call's 75 are neither joined to their names nor sorted.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CallSummary> page(@NotNull PageRequest page, Locale locale) {
    String order = page.isNearerTheEnd() ? "ASC" : "DESC";
    String name = LocalizedName.columnFor(locale);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT k.*, CASE WHEN k.provinces < k.in_all THEN (SELECT GROUP_CONCAT(p."
                    + name
                    + " ORDER BY p."
                    + name
                    + " SEPARATOR '\\t' LIMIT "
                    + (CallSummary.PROVINCES_NAMED + 1)
                    + ") FROM call_province cp JOIN province p ON p.code = cp.province_code"
                    + " WHERE cp.call_id = k.id) END"
                    + " FROM (SELECT c.id, c.name, c.opens_on, c.closes_on, c.places, c.min_age,"
                    + " c.max_age, c.income_ceiling_per_person, (SELECT COUNT(*) FROM"
                    + " call_province cp WHERE cp.call_id = c.id) provinces, (SELECT COUNT(*) FROM"
                    + " province) in_all"
                    + " FROM (SELECT f.id FROM call_for_applications f ORDER BY f.closes_on "
                    + order
                    + ", f.id "
                    + order
                    + " LIMIT ?1 OFFSET ?2) page JOIN call_for_applications c ON c.id = page.id) k")
            .setParameter(1, page.rowsToRead())
            .setParameter(2, page.rowsToSkip())
            .getResultList();
    return rows.stream()
        .map(CallsForApplications::summary)
        .sorted(LATEST_CLOSING_FIRST)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static CallSummary summary(Object[] r) {
    int provinces = ((Number) r[8]).intValue();
    List<String> named = r[10] == null ? List.of() : List.of(((String) r[10]).split("\t"));
    // a call of one more province than is named shows them all, rather than "and 1 more"
    if (named.size() > CallSummary.PROVINCES_NAMED && provinces > named.size()) {
      named = named.subList(0, CallSummary.PROVINCES_NAMED);
    }
    return new CallSummary(
        ((Number) r[0]).longValue(),
        (String) r[1],
        day(r[2]),
        day(r[3]),
        ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).intValue(),
        r[7] == null ? null : Money.mad((BigDecimal) r[7]),
        provinces,
        ((Number) r[9]).intValue(),
        named);
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    return em.createQuery("SELECT COUNT(c) FROM CallForApplications c", Long.class)
        .getSingleResult();
  }

  /** The holder against each eligibility rule of the call, with the reasons. */
  public List<RuleOutcome> assess(@NotNull Long holderId, @NotNull Long callId) {
    return getCall(callId).assess(register.getHolder(holderId));
  }

  private static DateRange period(CallDetails details) {
    if (details.getClosesOn().isBefore(details.getOpensOn())) {
      throw IncubatorException.onField("closesOn", "dateRange.endBeforeStart");
    }
    return new DateRange(details.getOpensOn(), details.getClosesOn());
  }

  private static EligibilityRules rules(CallDetails details) {
    Money ceiling =
        details.getIncomeCeilingPerPerson() == null
            ? null
            : Money.mad(details.getIncomeCeilingPerPerson());
    return new EligibilityRules(
        details.getMinAge(), details.getMaxAge(), ceiling, details.isSkillProofRequired());
  }

  private Set<Province> provinces(CallDetails details) {
    Set<Province> provinces = new HashSet<>();
    for (String code : details.getProvinceCodes()) {
      provinces.add(
          referenceData
              .findProvince(code)
              .orElseThrow(
                  () -> IncubatorException.onField("provinceCodes", "applicant.province.unknown")));
    }
    return provinces;
  }
}
