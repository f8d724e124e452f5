package org.incubator.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.NotFoundException;

/** An entrepreneur's own grant requests; anybody else's answers as not found. */
@Stateless
@RolesAllowed(Role.Names.ENTREPRENEUR)
public class MyGrants {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  /**
   * My requests that went to review, the latest version first (drafts are the mentor's work in
   * progress).
   */
  public List<GrantRequest> mine() {
    return em.createQuery(
            "SELECT r FROM GrantRequest r WHERE r.application.holder.account = :me AND"
                + " r.application.holder.accountConfirmed = TRUE AND r.status <> :draft ORDER BY"
                + " r.revision DESC, r.id DESC",
            GrantRequest.class)
        .setParameter("me", caller.name())
        .setParameter("draft", GrantStatus.DRAFT)
        .getResultList();
  }

  public GrantRequest get(@NotNull Long id) {
    return em.createQuery(
            "SELECT r FROM GrantRequest r WHERE r.id = :id AND r.application.holder.account = :me"
                + " AND r.application.holder.accountConfirmed = TRUE",
            GrantRequest.class)
        .setParameter("id", id)
        .setParameter("me", caller.name())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("grant.request.notFound", id));
  }

  /** The comments reviewers wrote on my request: why it was returned, rejected or approved. */
  public List<GrantEvent> decisions(@NotNull Long id) {
    return get(id).getEvents().stream()
        .filter(e -> e.getComment() != null && e.getAction() != GrantAction.PREPARED)
        .toList();
  }
}
