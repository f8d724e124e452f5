package org.incubator.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.selection.Application;
import org.incubator.shared.Caller;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.UniqueKeys;

/**
 * Paying approved grants, tranche by tranche. A tranche is payable once its milestone is reached
 * (by whatever {@link Milestones} says so) and the tranches before it are paid. The administrator
 * records payments as the treasurer; a form sent twice pays once. Mentors confirm milestones; a
 * project that closes gives its unpaid tranches back to the envelope.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Disbursements {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private GrantRequests requests;

  @Inject private SecurityLog securityLog;

  @Inject private MyGrants myGrants;

  @Inject private Milestones milestones;

  @Inject private GrantPreparers preparers;

  /** Each tranche of the grant with what it still waits for. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.REVIEWER})
  public List<TrancheState> tranches(@NotNull Long requestId) {
    return statesOf(requests.getRequest(requestId));
  }

  /**
   * My own grant's tranches, with what each still waits for: what I need to do to unlock the next
   * one.
   */
  @RolesAllowed(Role.Names.ENTREPRENEUR)
  public List<TrancheState> myTranches(@NotNull Long requestId) {
    return statesOf(myGrants.get(requestId));
  }

  /**
   * Records a payment. The same form sent again (same token) answers with the payment already made;
   * another payment of a paid tranche is refused.
   */
  public Long pay(@NotNull Long requestId, int tranche, @NotNull PaymentDetails details) {
    if (details.token() == null || details.token().isBlank()) {
      throw new IllegalArgumentException("A payment form carries a token");
    }
    Optional<GrantPayment> replay = paymentWithToken(details.token());
    if (replay.isPresent()) {
      return replay.get().getId();
    }
    GrantRequest request = requests.getRequest(requestId);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    replay = paymentWithToken(details.token());
    if (replay.isPresent()) {
      return replay.get().getId();
    }
    BudgetEnvelope envelope = request.getEnvelope();
    em.refresh(envelope, LockModeType.PESSIMISTIC_WRITE);
    GrantPayment payment =
        request.pay(
            tranche,
            milestones.reached(request.getApplication()),
            details.paidOn(),
            details.method(),
            details.reference(),
            details.token(),
            envelope,
            caller.name(),
            Instant.now());
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_grant_payment_tranche")
          || UniqueKeys.violated(e, "uq_grant_payment_token")) {
        throw new IncubatorException("grant.tranche.alreadyPaid", tranche);
      }
      throw e;
    }
    securityLog.recordOnCommit(
        SecurityEvent.PAYMENT_RECORDED,
        Map.of("request", requestId, "tranche", tranche, "payment", payment.getId()));
    return payment.getId();
  }

  /**
   * Separation of duties: whoever prepared a grant request cannot be the one who confirms or
   * records the fact that releases its money. Every milestone source keeps this rule.
   */
  private void refusePreparer(Application application) {
    if (preparers.of(application).contains(caller.name())) {
      throw new IncubatorException("grant.milestone.preparedByYou");
    }
  }

  /** A mentor confirms, with the date and a note, that the entrepreneur reached a milestone. */
  @RolesAllowed(Role.Names.MENTOR)
  public void confirmMilestone(
      @NotNull Long applicationId, Milestone milestone, LocalDate reachedOn, String note) {
    if (milestone == null) {
      throw IncubatorException.onField("milestone", "field.required");
    }
    if (!milestones.confirmable().contains(milestone)) {
      throw IncubatorException.onField("milestone", "grant.milestone.fromFacts");
    }
    if (reachedOn == null) {
      throw IncubatorException.onField("reachedOn", "field.required");
    }
    if (reachedOn.isAfter(CentreTime.today())) {
      throw IncubatorException.onField("reachedOn", "grant.milestone.future");
    }
    if (note != null && note.strip().length() > MilestoneConfirmation.NOTE_LENGTH) {
      throw IncubatorException.onField(
          "note", "grant.milestone.noteTooLong", MilestoneConfirmation.NOTE_LENGTH);
    }
    Application application =
        Entities.get(em, Application.class, applicationId, "selection.application.notFound");
    refusePreparer(application);
    em.persist(
        new MilestoneConfirmation(
            application, milestone, reachedOn, note, caller.name(), Instant.now()));
    Flushes.orDuplicate(
        em,
        "uq_milestone_confirmation",
        () -> IncubatorException.onField("milestone", "grant.milestone.already"));
  }

  /** The project closes; returns what went back to the envelope. */
  public Money close(@NotNull Long requestId, String reason) {
    GrantRequest request = requests.getRequest(requestId);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    BudgetEnvelope envelope = request.getEnvelope();
    em.refresh(envelope, LockModeType.PESSIMISTIC_WRITE);
    return request.close(reason, envelope, caller.name(), Instant.now());
  }

  List<TrancheState> statesOf(GrantRequest request) {
    return request.trancheStates(milestones.reached(request.getApplication()));
  }

  /** The milestones a mentor may still confirm: those no source proves from facts. */
  @RolesAllowed(Role.Names.MENTOR)
  public Set<Milestone> confirmableMilestones() {
    return milestones.confirmable();
  }

  private Optional<GrantPayment> paymentWithToken(String token) {
    return em.createQuery("SELECT p FROM GrantPayment p WHERE p.token = :token", GrantPayment.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }
}
