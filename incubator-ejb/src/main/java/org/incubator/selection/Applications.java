package org.incubator.selection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.incubator.applicant.ProjectHolder;
import org.incubator.identity.Role;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.UniqueKeys;

/**
 * Applications to calls. A mentor enters a paper application for a registered holder; it is
 * assessed against the call at once, and again whenever the call's rules change, as long as
 * nobody has decided on it. One application per holder and call, even when two mentors enter it
 * at the same moment.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class Applications {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  public Long applyOnPaper(@NotNull Long holderId, @NotNull Long callId) {
    ProjectHolder holder = find(ProjectHolder.class, holderId, "applicant.holder.notFound");
    CallForApplications call = find(CallForApplications.class, callId, "selection.call.notFound");
    if (findFor(holderId, callId).isPresent()) {
      throw new IncubatorException("selection.application.duplicate", holder.getCin().getValue(), call.getName());
    }
    var application = Application.submittedOnPaper(holder, call, caller(), Instant.now());
    em.persist(application);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_application_call_holder")) {
        throw new IncubatorException("selection.application.duplicate", holder.getCin().getValue(), call.getName());
      }
      throw e;
    }
    return application.getId();
  }

  public Optional<Application> findFor(@NotNull Long holderId, @NotNull Long callId) {
    return em.createQuery("SELECT a FROM Application a WHERE a.holder.id = :holder AND a.call.id = :call", Application.class)
        .setParameter("holder", holderId)
        .setParameter("call", callId)
        .getResultStream()
        .findFirst();
  }

  public void withdraw(@NotNull Long applicationId) {
    find(Application.class, applicationId, "selection.application.notFound").withdraw(caller(), Instant.now());
  }

  /** The application's moves, oldest first. */
  public List<StatusChange> history(@NotNull Long applicationId) {
    return em.createQuery("SELECT c FROM StatusChange c WHERE c.application.id = :id ORDER BY c.sequence", StatusChange.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /** Reassesses the call's undecided applications against its current rules; returns how many changed. */
  @RolesAllowed(Role.Names.ADMIN)
  public int reassessUndecided(@NotNull CallForApplications call) {
    List<Application> undecided =
        em.createQuery("SELECT a FROM Application a JOIN FETCH a.holder WHERE a.call = :call AND a.status IN :open", Application.class)
            .setParameter("call", call)
            .setParameter(
                "open",
                EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isOpenToReassessment).toList())
            .getResultList();
    Instant now = Instant.now();
    int changed = 0;
    for (Application application : undecided) {
      if (application.assess(caller(), now)) {
        changed++;
      }
    }
    return changed;
  }

  private <T> T find(Class<T> type, Long id, String notFoundKey) {
    T found = em.find(type, id);
    if (found == null) {
      throw new NotFoundException(notFoundKey, id);
    }
    return found;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
