package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.incubator.identity.Role;
import org.incubator.identity.UserAccount;
import org.incubator.identity.UserAccounts;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.UniqueKeys;

/**
 * The selection committee. A session records who sat and its minutes; in it, members present admit
 * shortlisted applicants into a cohort of the call (never beyond its capacity), put them on the
 * waiting list, or decline them with a reason. A member who declared a conflict of interest with an
 * applicant cannot decide on them.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Committee {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private CallsForApplications calls;

  @Inject private Applications applications;

  @Inject private Cohorts cohorts;

  @Inject private PlaceOffers placeOffers;

  @Inject private Programme programme;

  @Inject private UserAccounts accounts;

  public Long openSession(@NotNull Long callId, @NotNull @Valid SessionDetails details) {
    Set<String> members =
        details.getMembers().stream()
            .map(UserAccount::normaliseUsername)
            .collect(Collectors.toCollection(HashSet::new));
    // the page offers only the staff, but the service decides: nobody else sits in the minutes
    if (!accounts.notCommitteeCandidates(members).isEmpty()) {
      throw IncubatorException.onField("members", "selection.committee.notAMember");
    }
    var session =
        new CommitteeSession(
            calls.getCall(callId),
            details.getHeldOn(),
            members,
            details.getMinutes(),
            caller.name(),
            Instant.now());
    em.persist(session);
    em.flush();
    return session.getId();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CommitteeSession getSession(@NotNull Long id) {
    CommitteeSession session =
        Entities.get(em, CommitteeSession.class, id, "selection.committee.notFound");
    return session;
  }

  /** The call's sessions, the latest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CommitteeSession> sessionsOf(@NotNull Long callId) {
    return em.createQuery(
            "SELECT s FROM CommitteeSession s WHERE s.call.id = :call ORDER BY s.heldOn DESC, s.id"
                + " DESC",
            CommitteeSession.class)
        .setParameter("call", callId)
        // their members in the same statement, not one more for each session
        .setHint(QueryHints.LEFT_FETCH, "s.members")
        .getResultList();
  }

  /**
   * Proposes to admit the applicant into the cohort; it takes effect when a second member confirms.
   * The administrator chooses the lead mentor later.
   */
  public Long admit(@NotNull Long sessionId, @NotNull Long applicationId, Long cohortId) {
    return admit(sessionId, applicationId, cohortId, null);
  }

  /**
   * Proposes to admit the applicant into the cohort with the active mentor who will lead their
   * coaching (none: the administrator chooses later); it takes effect when a second member
   * confirms.
   */
  public Long admit(
      @NotNull Long sessionId, @NotNull Long applicationId, Long cohortId, String leadMentor) {
    if (cohortId == null) {
      throw IncubatorException.onField("cohort", "selection.decision.cohortRequired");
    }
    if (leadMentor != null && !leadMentor.isBlank() && !accounts.isActiveMentor(leadMentor)) {
      throw IncubatorException.onField("proposedLeadMentor", "coaching.lead.notMentor");
    }
    return propose(
        sessionId,
        applicationId,
        CommitteeDecision.ADMIT,
        cohorts.getCohort(cohortId),
        null,
        leadMentor);
  }

  /** Proposes the waiting list; it takes effect when a second member confirms. */
  public Long putOnWaitingList(@NotNull Long sessionId, @NotNull Long applicationId) {
    return propose(sessionId, applicationId, CommitteeDecision.WAIT, null, null, null);
  }

  /** Proposes to decline, with the reason the applicant will read; a second member confirms. */
  public Long decline(@NotNull Long sessionId, @NotNull Long applicationId, String reason) {
    return propose(sessionId, applicationId, CommitteeDecision.DECLINE, null, reason, null);
  }

  /**
   * A member present proposes a decision. Only one proposal is open per application at a time: the
   * application is locked while it is checked.
   */
  private Long propose(
      Long sessionId,
      Long applicationId,
      CommitteeDecision decision,
      Cohort cohort,
      String reason,
      String leadMentor) {
    CommitteeSession session = getSession(sessionId);
    requireQuorum(session);
    Application application = decidable(session, applicationId);
    em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
    openProposal(applicationId)
        .ifPresent(
            open -> {
              throw new IncubatorException(
                  "selection.committee.alreadyProposed", open.getProposedBy());
            });
    var proposal =
        new CommitteeProposal(
            application,
            session,
            decision,
            cohort,
            reason,
            leadMentor,
            caller.name(),
            Instant.now());
    em.persist(proposal);
    Flushes.orConflict(em);
    return proposal.getId();
  }

  /**
   * A second member present, other than the one who proposed, confirms: the decision takes effect
   * (admissions take a cohort place under the cohort's lock, so the capacity holds).
   */
  public void confirm(@NotNull Long proposalId) {
    CommitteeProposal proposal =
        Entities.get(
            em, CommitteeProposal.class, proposalId, "selection.committee.proposalNotFound");
    em.refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
    CommitteeSession session = proposal.getSession();
    requireQuorum(session);
    Application application = decidable(session, proposal.getApplication().getId());
    Instant now = Instant.now();
    proposal.confirm(caller.name(), now);
    switch (proposal.getDecision()) {
      case ADMIT ->
          placeOffers.admit(
              application,
              proposal.getCohort(),
              proposal.getLeadMentor().orElse(null),
              session,
              caller.name());
      case WAIT -> application.putOnWaitingList(session, caller.name(), now);
      case DECLINE -> application.decline(proposal.getReason(), session, caller.name(), now);
    }
    Flushes.orConflict(em);
  }

  /** A session decides only with the quorum of members present that the programme sets. */
  private void requireQuorum(CommitteeSession session) {
    int quorum = programme.settings().number(Setting.COMMITTEE_QUORUM);
    if (session.getMembers().size() < quorum) {
      throw new IncubatorException(
          "selection.committee.quorum", session.getMembers().size(), quorum);
    }
  }

  /** A member present sets a proposal aside (they disagree, or its proposer changed their mind). */
  public void setAside(@NotNull Long proposalId) {
    CommitteeProposal proposal =
        Entities.get(
            em, CommitteeProposal.class, proposalId, "selection.committee.proposalNotFound");
    proposal.getSession().checkMember(caller.name());
    proposal.setAside(caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /** The proposal waiting for a second member on this application, if there is one. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<CommitteeProposal> openProposal(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT p FROM CommitteeProposal p WHERE p.application.id = :id AND p.status = :open",
            CommitteeProposal.class)
        .setParameter("id", applicationId)
        .setParameter("open", CommitteeProposal.Status.PROPOSED)
        .getResultStream()
        .findFirst();
  }

  /** The caller declares they cannot decide on this applicant; from then on they are refused. */
  public void declareConflict(@NotNull Long applicationId) {
    if (hasConflict(applicationId, caller.name())) {
      return;
    }
    em.persist(
        new ConflictOfInterest(
            applications.getApplication(applicationId), caller.name(), Instant.now()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (!UniqueKeys.violated(e, "uq_conflict_application_member")) {
        throw e;
      }
    }
  }

  /** The members who declared a conflict of interest with this application. */
  public List<String> conflictsOf(@NotNull Long applicationId) {
    return em.createQuery(
            "SELECT c.member FROM ConflictOfInterest c WHERE c.application.id = :id ORDER BY"
                + " c.member",
            String.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /** Whether this member declared a conflict of interest with the application. */
  public boolean hasConflict(Long applicationId, String member) {
    return em.createQuery(
                "SELECT COUNT(c) FROM ConflictOfInterest c WHERE c.application.id = :id AND"
                    + " c.member = :member",
                Long.class)
            .setParameter("id", applicationId)
            .setParameter("member", member)
            .getSingleResult()
        > 0;
  }

  /**
   * The application, once the caller is shown to be a member present without a conflict of
   * interest.
   */
  private Application decidable(CommitteeSession session, Long applicationId) {
    session.checkMember(caller.name());
    Application application = applications.getApplication(applicationId);
    if (!application.getCall().equals(session.getCall())) {
      throw new IncubatorException("selection.committee.otherCall");
    }
    if (hasConflict(applicationId, caller.name())) {
      throw new IncubatorException(
          "selection.committee.conflict", application.getHolder().getFullName());
    }
    return application;
  }
}
