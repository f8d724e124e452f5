package org.incubator.selection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.incubator.identity.Role;
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

  @Resource private SessionContext context;

  @Inject private CallsForApplications calls;

  @Inject private Applications applications;

  @Inject private Cohorts cohorts;

  @Inject private PlaceOffers placeOffers;

  public Long openSession(@NotNull Long callId, @NotNull @Valid SessionDetails details) {
    var session =
        new CommitteeSession(
            calls.getCall(callId),
            details.getHeldOn(),
            new HashSet<>(details.getMembers()),
            details.getMinutes(),
            caller(),
            Instant.now());
    em.persist(session);
    em.flush();
    return session.getId();
  }

  public CommitteeSession getSession(@NotNull Long id) {
    CommitteeSession session =
        Entities.get(em, CommitteeSession.class, id, "selection.committee.notFound");
    return session;
  }

  /** The call's sessions, the latest first. */
  public List<CommitteeSession> sessionsOf(@NotNull Long callId) {
    return em.createQuery(
            "SELECT s FROM CommitteeSession s WHERE s.call.id = :call ORDER BY s.heldOn DESC, s.id"
                + " DESC",
            CommitteeSession.class)
        .setParameter("call", callId)
        .getResultList();
  }

  public void admit(@NotNull Long sessionId, @NotNull Long applicationId, Long cohortId) {
    if (cohortId == null) {
      throw IncubatorException.onField("cohort", "selection.decision.cohortRequired");
    }
    CommitteeSession session = getSession(sessionId);
    Application application = decidable(session, applicationId);
    Cohort cohort = placeOffers.lock(cohorts.getCohort(cohortId));
    application.admit(cohort, session, caller(), Instant.now());
    Flushes.orConflict(em);
  }

  public void putOnWaitingList(@NotNull Long sessionId, @NotNull Long applicationId) {
    CommitteeSession session = getSession(sessionId);
    decidable(session, applicationId).putOnWaitingList(session, caller(), Instant.now());
    Flushes.orConflict(em);
  }

  public void decline(@NotNull Long sessionId, @NotNull Long applicationId, String reason) {
    CommitteeSession session = getSession(sessionId);
    decidable(session, applicationId).decline(reason, session, caller(), Instant.now());
    Flushes.orConflict(em);
  }

  /** The caller declares they cannot decide on this applicant; from then on they are refused. */
  public void declareConflict(@NotNull Long applicationId) {
    if (hasConflict(applicationId, caller())) {
      return;
    }
    em.persist(
        new ConflictOfInterest(
            applications.getApplication(applicationId), caller(), Instant.now()));
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
    session.checkMember(caller());
    Application application = applications.getApplication(applicationId);
    if (!application.getCall().equals(session.getCall())) {
      throw new IncubatorException("selection.committee.otherCall");
    }
    if (hasConflict(applicationId, caller())) {
      throw new IncubatorException(
          "selection.committee.conflict", application.getHolder().getFullName());
    }
    return application;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
