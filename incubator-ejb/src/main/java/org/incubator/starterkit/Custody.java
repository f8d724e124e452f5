package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.TypedText;
import org.incubator.training.Participant;

/**
 * Where the serial-numbered units handed over go next, as the kit context's own actions: a mentor
 * transfers a unit to its holder (graduation will call this), recovers it (back on the shelves or
 * scrapped, in the condition the mentor records) or reports it lost or damaged beyond repair; an
 * administrator writes a reported loss off, or puts the unit back on loan when it turns up.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Custody {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private StockKeeping keeping;

  @Inject private KitFiles files;

  @Inject private SecurityLog securityLog;

  /** The person's kit, with its custody moves and spot checks. */
  public PersonKit of(@NotNull Long participantId) {
    Participant participant =
        em.createQuery(
                "SELECT p FROM Participant p JOIN FETCH p.holder JOIN FETCH p.cohort JOIN FETCH"
                    + " p.application WHERE p.id = :id",
                Participant.class)
            .setParameter("id", participantId)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("training.participant.notFound", participantId));
    return files.of(participant, true);
  }

  @RolesAllowed(Role.Names.MENTOR)
  public void transfer(@NotNull Long unitId) {
    move(unitId, UnitStatus.ON_LOAN, UnitStatus.TRANSFERRED, null);
  }

  /**
   * The unit comes back from its holder, in the condition the mentor records: back on the shelves
   * for the next cohort when it can be issued again, scrapped otherwise. The person signs the
   * return on the mentor's screen, or acknowledges it from their own phone ({@link MyKit}).
   */
  @RolesAllowed(Role.Names.MENTOR)
  public Long recover(@NotNull Long unitId, @NotNull ReturnDetails details) {
    keeping.lock();
    KitUnit unit = lockedOnLoan(unitId);
    Instant now = Instant.now();
    var back = new KitReturn(unit, unit.getParticipant(), details, caller.name(), now);
    em.persist(back);
    boolean usable = details.isUsable();
    em.persist(
        unit.moveTo(
            usable ? UnitStatus.IN_STOCK : UnitStatus.SCRAPPED,
            back.getCondition(),
            caller.name(),
            now));
    KitArticle article =
        keeping.articles(List.of(unit.getArticle().getId())).get(unit.getArticle().getId());
    article.moveTo(article.getStock().giveBack(usable));
    Flushes.orConflict(em);
    if (usable) {
      keeping.serveWaiting();
      Flushes.orConflict(em);
    }
    return back.getId();
  }

  private KitUnit lockedOnLoan(Long unitId) {
    KitUnit unit = Entities.get(em, KitUnit.class, unitId, "starterkit.unit.notFound");
    em.lock(unit, LockModeType.PESSIMISTIC_WRITE);
    if (unit.getStatus() != UnitStatus.ON_LOAN) {
      throw new IncubatorException(
          "starterkit.custody.illegalMove", unit.getStatus(), UnitStatus.IN_STOCK);
    }
    return unit;
  }

  @RolesAllowed(Role.Names.MENTOR)
  public void reportLoss(@NotNull Long unitId, String what) {
    move(
        unitId,
        UnitStatus.ON_LOAN,
        UnitStatus.LOSS_REPORTED,
        TypedText.required(what, "lossNote", CustodyMove.NOTE_LENGTH));
  }

  /** The administrator accepts the reported loss: the unit is written off. */
  @RolesAllowed(Role.Names.ADMIN)
  public void writeOff(@NotNull Long unitId) {
    keeping.lock();
    KitUnit unit = move(unitId, UnitStatus.LOSS_REPORTED, UnitStatus.WRITTEN_OFF, null);
    KitArticle article =
        keeping.articles(List.of(unit.getArticle().getId())).get(unit.getArticle().getId());
    article.moveTo(article.getStock().writeOff());
    Flushes.orConflict(em);
    securityLog.recordOnCommit(
        SecurityEvent.KIT_LOSS_WRITTEN_OFF, Map.of("unit", unitId, "serial", unit.getSerial()));
  }

  /** The unit reported lost turned up: on loan again. */
  @RolesAllowed(Role.Names.ADMIN)
  public void found(@NotNull Long unitId, String note) {
    move(
        unitId,
        UnitStatus.LOSS_REPORTED,
        UnitStatus.ON_LOAN,
        TypedText.required(note, "lossNote", CustodyMove.NOTE_LENGTH));
  }

  private KitUnit move(Long unitId, UnitStatus expected, UnitStatus target, String note) {
    KitUnit unit = Entities.get(em, KitUnit.class, unitId, "starterkit.unit.notFound");
    em.lock(unit, LockModeType.PESSIMISTIC_WRITE);
    if (unit.getStatus() != expected) {
      throw new IncubatorException("starterkit.custody.illegalMove", unit.getStatus(), target);
    }
    em.persist(unit.moveTo(target, note, caller.name(), Instant.now()));
    Flushes.orConflict(em);
    return unit;
  }
}
