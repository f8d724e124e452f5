package org.incubator.selection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Flushes;
import org.incubator.shared.NotFoundException;

/**
 * An entrepreneur's own applications. Every read goes through the signed-in account: an
 * application of somebody else is answered as not found, whatever id is asked for.
 */
@Stateless
@RolesAllowed(Role.Names.ENTREPRENEUR)
public class MyApplications {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext context;

  @Inject
  private PlaceOffers placeOffers;

  /** My applications, latest call first. */
  public List<Application> mine() {
    return em.createQuery(
            "SELECT a FROM Application a JOIN FETCH a.call WHERE a.holder.account = :me ORDER BY a.call.period.end DESC, a.id DESC",
            Application.class)
        .setParameter("me", caller())
        .getResultList();
  }

  public Application get(@NotNull Long applicationId) {
    return em.createQuery("SELECT a FROM Application a WHERE a.id = :id AND a.holder.account = :me", Application.class)
        .setParameter("id", applicationId)
        .setParameter("me", caller())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("selection.application.notFound", applicationId));
  }

  /** What happened to my application, oldest first. */
  public List<StatusChange> history(@NotNull Long applicationId) {
    return get(applicationId).getHistory();
  }

  public long waitingPosition(@NotNull Long applicationId) {
    return placeOffers.waitingPosition(get(applicationId));
  }

  public void withdraw(@NotNull Long applicationId) {
    placeOffers.withdraw(get(applicationId), caller());
    Flushes.orConflict(em);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
