package org.incubator.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;

/**
 * The actions agreed in sessions, for the staff. A mentor's own action is closed by any mentor; an
 * entrepreneur's is closed by the entrepreneur ({@link MyCoaching}) or, on their behalf, by their
 * lead mentor only.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class ActionItems {

  /** The open actions a person's page shows at most; older ones stay on their sessions. */
  public static final int SHOWN = 50;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Caseloads caseloads;

  /** The person's open actions, the first due first. */
  public List<ActionItem> open(@NotNull Long participantId) {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE a.participant.id = :person AND a.status = :open"
                + " ORDER BY a.dueOn, a.id",
            ActionItem.class)
        .setParameter("person", participantId)
        .setParameter("open", ActionStatus.OPEN)
        .setMaxResults(SHOWN)
        .getResultList();
  }

  /** The actions agreed in one session. */
  public List<ActionItem> ofSession(@NotNull Long sessionId) {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE a.session.id = :session ORDER BY a.id",
            ActionItem.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  /** Done: the mentor's own, or the entrepreneur's on their behalf (their lead mentor only). */
  @RolesAllowed(Role.Names.MENTOR)
  public void done(@NotNull Long itemId, long version) {
    ActionItem item = closable(itemId, version);
    item.done(item.getOwner() == ActionOwner.ENTREPRENEUR, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /** No longer needed, for the reason given. */
  @RolesAllowed(Role.Names.MENTOR)
  public void drop(@NotNull Long itemId, long version, String reason) {
    closable(itemId, version).drop(reason, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  private ActionItem closable(Long itemId, long version) {
    ActionItem item = Entities.get(em, ActionItem.class, itemId, "coaching.action.notFound");
    em.lock(item, LockModeType.PESSIMISTIC_WRITE);
    if (item.getVersion() != version) {
      throw new ConcurrentUpdateException();
    }
    if (item.getOwner() == ActionOwner.ENTREPRENEUR
        && !caseloads.callerLeads(item.getParticipant().getId())) {
      throw new IncubatorException("coaching.lead.only");
    }
    return item;
  }
}
