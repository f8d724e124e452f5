package org.incubator.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.PageRequest;

/**
 * Online accounts claiming a holder's file, and the mentors who confirm them after seeing the
 * person's CIN card, refuse them, or undo a wrong link. Every decision is a security event and
 * stays in the file's history.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class IdentityClaims {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private SecurityLog log;

  /**
   * Records that the signed-in account claims the file with this CIN, in a transaction of its own:
   * the claim stays even though the application it came with is refused.
   */
  @RolesAllowed(Role.Names.ENTREPRENEUR)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void claim(@NotNull Long holderId) {
    ProjectHolder holder = em.find(ProjectHolder.class, holderId);
    String me = caller.name();
    long waiting =
        em.createQuery(
                "SELECT COUNT(c) FROM IdentityClaim c WHERE c.holder = :holder AND c.account = :me"
                    + " AND c.status = :waiting",
                Long.class)
            .setParameter("holder", holder)
            .setParameter("me", me)
            .setParameter("waiting", ClaimStatus.TO_CONFIRM)
            .getSingleResult();
    if (waiting == 0) {
      em.persist(new IdentityClaim(me, holder, Instant.now()));
      log.record(SecurityEvent.IDENTITY_CLAIMED, Map.of("holder", holderId));
    }
  }

  /** The claims waiting for a mentor, oldest first, with their files, in one statement. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<IdentityClaim> waiting(@NotNull PageRequest page) {
    return em.createQuery(
            "SELECT c FROM IdentityClaim c JOIN FETCH c.holder WHERE c.status = :waiting ORDER BY"
                + " c.claimedAt, c.id",
            IdentityClaim.class)
        .setParameter("waiting", ClaimStatus.TO_CONFIRM)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long waitingCount() {
    return em.createQuery(
            "SELECT COUNT(c) FROM IdentityClaim c WHERE c.status = :waiting", Long.class)
        .setParameter("waiting", ClaimStatus.TO_CONFIRM)
        .getSingleResult();
  }

  /** Every claim made on one file, the latest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<IdentityClaim> ofHolder(@NotNull Long holderId) {
    return em.createQuery(
            "SELECT c FROM IdentityClaim c WHERE c.holder.id = :id ORDER BY c.claimedAt DESC, c.id"
                + " DESC",
            IdentityClaim.class)
        .setParameter("id", holderId)
        .getResultList();
  }

  /** The links of one file to accounts, confirmations and undoings, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<HolderAccountEvent> linksOf(@NotNull Long holderId) {
    return em.createQuery(
            "SELECT e FROM HolderAccountEvent e WHERE e.holder.id = :id ORDER BY e.doneAt, e.id",
            HolderAccountEvent.class)
        .setParameter("id", holderId)
        .getResultList();
  }

  public void confirm(@NotNull Long claimId) {
    IdentityClaim claim = locked(claimId);
    claim.confirm(caller.name(), Instant.now());
    Flushes.orConflict(em);
    log.recordOnCommit(
        SecurityEvent.IDENTITY_CONFIRMED,
        Map.of("holder", claim.getHolder().getId(), "account", claim.getAccount()));
  }

  public void refuse(@NotNull Long claimId, String reason) {
    IdentityClaim claim = locked(claimId);
    claim.refuse(caller.name(), Instant.now(), reason);
    Flushes.orConflict(em);
    log.recordOnCommit(
        SecurityEvent.IDENTITY_REFUSED,
        Map.of("holder", claim.getHolder().getId(), "account", claim.getAccount()));
  }

  public void unlink(@NotNull Long claimId, String reason) {
    IdentityClaim claim = locked(claimId);
    claim.unlink(caller.name(), Instant.now(), reason);
    Flushes.orConflict(em);
    log.recordOnCommit(
        SecurityEvent.IDENTITY_UNLINKED,
        Map.of("holder", claim.getHolder().getId(), "account", claim.getAccount()));
  }

  /** The claim and its file, locked: two mentors deciding at once take turns. */
  private IdentityClaim locked(Long claimId) {
    IdentityClaim claim =
        Entities.get(em, IdentityClaim.class, claimId, "applicant.claim.notFound");
    em.refresh(claim.getHolder(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(claim, LockModeType.PESSIMISTIC_WRITE);
    return claim;
  }
}
