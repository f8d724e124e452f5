package org.incubator.coaching;

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
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.identity.UserAccount;
import org.incubator.shared.Caller;
import org.incubator.shared.Flushes;
import org.incubator.shared.NotFoundException;
import org.incubator.training.JourneyStage;

/**
 * An entrepreneur's own coaching: their open actions, which they mark done from their phone, and
 * how to reach their lead mentor. Every query is filtered by the signed-in account: another
 * person's action answers "not found".
 */
@Stateless
@RolesAllowed(Role.Names.ENTREPRENEUR)
public class MyCoaching {

  private static final String MINE =
      " a.participant.holder.account = :me AND a.participant.holder.accountConfirmed = TRUE";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Stories stories;

  /** My open actions (mine to do, and my mentor's), the first due first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ActionItem> openActions() {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE"
                + MINE
                + " AND a.status = :open ORDER BY a.dueOn, a.id",
            ActionItem.class)
        .setParameter("me", caller.name())
        .setParameter("open", ActionStatus.OPEN)
        .setMaxResults(ActionItems.SHOWN)
        .getResultList();
  }

  /** I did one of my actions. */
  public void done(@NotNull Long itemId) {
    ActionItem item =
        em.createQuery(
                "SELECT a FROM ActionItem a WHERE a.id = :id AND a.owner = :mine AND" + MINE,
                ActionItem.class)
            .setParameter("id", itemId)
            .setParameter("mine", ActionOwner.ENTREPRENEUR)
            .setParameter("me", caller.name())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("coaching.action.notFound", itemId));
    item.done(false, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  /** My story so far, newest first, once admitted; who recorded each event is staff's to know. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<StoryEvent> story() {
    return myParticipant()
        .map(
            id ->
                stories.of(id).stream()
                    .map(e -> new StoryEvent(e.at(), e.kind(), e.what(), e.how(), e.text(), null))
                    .toList())
        .orElse(List.of());
  }

  /** Where I stand on my journey, once admitted. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<JourneyStage> stage() {
    return em.createQuery(
            "SELECT p.stage FROM Participant p WHERE p.holder.account = :me AND"
                + " p.holder.accountConfirmed = TRUE ORDER BY p.id DESC",
            JourneyStage.class)
        .setParameter("me", caller.name())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Optional<Long> myParticipant() {
    return em.createQuery(
            "SELECT p.id FROM Participant p WHERE p.holder.account = :me AND"
                + " p.holder.accountConfirmed = TRUE ORDER BY p.id DESC",
            Long.class)
        .setParameter("me", caller.name())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** My lead mentor and how to reach them, once one is chosen. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<LeadContact> leadMentor() {
    return em.createQuery(
            "SELECT u FROM Mentorship m, UserAccount u WHERE u.username = m.leadMentor AND"
                + " m.participant.holder.account = :me AND m.participant.holder.accountConfirmed"
                + " = TRUE ORDER BY m.id DESC",
            UserAccount.class)
        .setParameter("me", caller.name())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            u ->
                new LeadContact(
                    u.getDisplayName(),
                    u.getPhone() == null ? null : u.getPhone().getNational(),
                    u.getPhone() == null ? null : u.getPhone().getValue(),
                    u.getEmail()));
  }
}
