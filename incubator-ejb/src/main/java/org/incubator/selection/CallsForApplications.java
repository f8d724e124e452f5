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
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.DateRange;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
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
   * One page of calls, the latest closing first; their provinces come in one more statement, not
   * one per call.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CallForApplications> list(@NotNull PageRequest page) {
    return em.createQuery(
            "SELECT c FROM CallForApplications c ORDER BY c.period.end DESC, c.id DESC",
            CallForApplications.class)
        .setHint("eclipselink.batch", "c.provinces")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
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
