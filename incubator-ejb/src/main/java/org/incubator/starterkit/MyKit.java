package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.shared.Caller;
import org.incubator.shared.Flushes;
import org.incubator.shared.NotFoundException;
import org.incubator.training.MyTraining;

/**
 * An entrepreneur's own kit: what they received, the serials, the receipt, and the hand-over that
 * waits for their confirmation. Every query goes through their own place in a cohort; another
 * person's hand-over answers "not found".
 */
@Stateless
@RolesAllowed(Role.Names.ENTREPRENEUR)
public class MyKit {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private MyTraining myTraining;

  @Inject private KitFiles files;

  @Inject private StockKeeping keeping;

  @Inject private HandoverCompletion completion;

  @Inject private SecurityLog securityLog;

  /** My kit; none before admission. */
  public Optional<PersonKit> view() {
    return myTraining.mine().map(me -> files.of(me, false));
  }

  /** I confirm, on my own phone, that I received the kit the mentor handed over. */
  public void confirm(@NotNull Long handoverId) {
    keeping.lock();
    KitHandover handover =
        em.createQuery(
                "SELECT h FROM KitHandover h WHERE h.id = :id AND h.participant.holder.account ="
                    + " :me AND h.participant.holder.accountConfirmed = TRUE",
                KitHandover.class)
            .setParameter("id", handoverId)
            .setParameter("me", caller.name())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("starterkit.handover.notFound", handoverId));
    Instant now = Instant.now();
    handover.confirmedOnPhone(caller.name(), now);
    completion.complete(handover, caller.name(), now);
    Flushes.orConflict(em);
    securityLog.recordOnCommit(
        SecurityEvent.KIT_HANDED_OVER,
        Map.of("handover", handover.getId(), "participant", handover.getParticipant().getId()));
  }

  /** I acknowledge, on my own phone, that I returned the tool the mentor recorded. */
  public void confirmReturn(@NotNull Long returnId) {
    KitReturn back =
        em.createQuery(
                "SELECT r FROM KitReturn r WHERE r.id = :id AND r.participant.holder.account = :me"
                    + " AND r.participant.holder.accountConfirmed = TRUE",
                KitReturn.class)
            .setParameter("id", returnId)
            .setParameter("me", caller.name())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("starterkit.return.notFound", returnId));
    back.confirmedOnPhone(caller.name(), Instant.now());
    Flushes.orConflict(em);
  }
}
