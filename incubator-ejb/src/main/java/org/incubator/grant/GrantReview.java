package org.incubator.grant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;

/**
 * The foundation's review of grant requests. A reviewer's inbox holds the submitted requests they
 * may still decide on, oldest first. Deciding is refused on a request the reviewer prepared, one
 * they declared a conflict of interest with, or one they already approved. The final approval
 * commits the amount against the envelope, locked so that approvals at the same moment can never
 * commit more than it holds.
 */
@Stateless
@RolesAllowed(Role.Names.REVIEWER)
public class GrantReview {

  private static final String WAITING_FOR_ME =
      " FROM GrantRequest r WHERE r.status = :submitted AND r.preparedBy <> :me"
          + " AND NOT EXISTS (SELECT a FROM GrantRequest q JOIN q.approvals a WHERE q = r AND a.reviewer = :me)"
          + " AND NOT EXISTS (SELECT c FROM GrantConflict c WHERE c.application = r.application AND c.reviewer = :me)";

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext context;

  @Inject
  private GrantSettings settings;

  @Inject
  private GrantRequests requests;

  /** One page of the requests waiting for me, the longest waiting first. */
  public List<GrantRequest> inbox(@NotNull PageRequest page) {
    return waiting(em.createQuery("SELECT r" + WAITING_FOR_ME + " ORDER BY r.submittedAt, r.id", GrantRequest.class))
        .setHint("eclipselink.batch", "r.application")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long inboxCount() {
    return waiting(em.createQuery("SELECT COUNT(r)" + WAITING_FOR_ME, Long.class)).getSingleResult();
  }

  private <T> TypedQuery<T> waiting(TypedQuery<T> query) {
    return query.setParameter("submitted", GrantStatus.SUBMITTED).setParameter("me", caller());
  }

  /** Approves; when this is the last approval needed, commits the amount or refuses saying what the envelope has left. */
  public void approve(@NotNull Long id, String comment) {
    GrantRequest request = decidable(id);
    if (request.approve(caller(), comment, settings.getTwoReviewersAbove(), Instant.now())) {
      BudgetEnvelope envelope = request.getEnvelope();
      em.refresh(envelope, LockModeType.PESSIMISTIC_WRITE);
      request.commitTo(envelope);
    }
    Flushes.orConflict(em);
  }

  public void reject(@NotNull Long id, String comment) {
    decidable(id).reject(caller(), comment, Instant.now());
    Flushes.orConflict(em);
  }

  public void returnForChanges(@NotNull Long id, String comment) {
    decidable(id).returnForChanges(caller(), comment, Instant.now());
    Flushes.orConflict(em);
  }

  /** I cannot judge this entrepreneur: their requests leave my inbox and my decisions on them are refused. */
  public void declareConflict(@NotNull Long id) {
    GrantRequest request = requests.getRequest(id);
    if (!hasConflict(request)) {
      em.persist(new GrantConflict(request.getApplication(), caller(), Instant.now()));
      em.flush();
    }
  }

  /**
   * The request, locked until the decision is saved and read afresh: two reviewers deciding at the
   * same moment take turns, so the second sees the first one's approval.
   */
  private GrantRequest decidable(Long id) {
    GrantRequest request = requests.getRequest(id);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    if (hasConflict(request)) {
      throw new IncubatorException("grant.review.conflict");
    }
    return request;
  }

  private boolean hasConflict(GrantRequest request) {
    return em.createQuery("SELECT COUNT(c) FROM GrantConflict c WHERE c.application = :application AND c.reviewer = :me", Long.class)
            .setParameter("application", request.getApplication())
            .setParameter("me", caller())
            .getSingleResult()
        > 0;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
