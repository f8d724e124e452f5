package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.incubator.identity.Role;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;
import org.incubator.programme.Programme;
import org.incubator.programme.Setting;
import org.incubator.selection.DocumentContent;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.training.Participant;

/**
 * Kits handed over by mentors. The mentor picks the serial-numbered units from the shelves and
 * records the day and the place; the person signs on the mentor's screen, or confirms from their
 * own phone ({@link MyKit}), which the hand-over waits for. The hand-over waits for the training
 * while the programme says so, unless an administrator waived it for the person.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Handovers {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private StockKeeping keeping;

  @Inject private HandoverCompletion completion;

  @Inject private Programme programme;

  @Inject private SecurityLog securityLog;

  @Inject private KitDocuments documents;

  /**
   * Records the hand-over of a reserved kit; confirmed at once when the person signed on the
   * screen, waiting for their phone otherwise.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public Long handOver(@NotNull Long allocationId, @NotNull HandoverDetails details) {
    keeping.lock();
    KitAllocation allocation =
        Entities.get(em, KitAllocation.class, allocationId, "starterkit.allocation.notFound");
    em.lock(allocation, LockModeType.PESSIMISTIC_WRITE);
    if (allocation.getStatus() != AllocationStatus.RESERVED) {
      throw new IncubatorException("starterkit.handover.notReserved");
    }
    if (ofAllocation(allocationId).isPresent()) {
      throw new IncubatorException("starterkit.handover.exists");
    }
    Participant participant = allocation.getParticipant();
    if (programme.settings().yes(Setting.TRAINING_BEFORE_KIT)
        && !participant.getStage().isTrained()
        && !allocation.isTrainingWaived()) {
      throw new IncubatorException("starterkit.handover.waitsForTraining");
    }
    String by = caller.name();
    Instant now = Instant.now();
    var handover = new KitHandover(allocation, details.getHandedOn(), details.getPlace(), by, now);
    if (details.getPhotoContent() != null && details.getPhotoContent().length > 0) {
      handover.attachPhoto(
          documents.keep(details.getPhotoFileName(), details.getPhotoContent(), "photo"));
    }
    for (KitUnit unit : picked(allocation, details.getUnitIds())) {
      handover.give(unit);
    }
    em.persist(handover);
    for (KitUnit unit : handover.getUnits()) {
      em.persist(unit.pickFor(handover, by, now));
    }
    // the picks are written before what follows them: the custody history reads in id order
    Flushes.orDuplicate(
        em,
        "uq_kit_handover_allocation",
        () -> new IncubatorException("starterkit.handover.exists"));
    if (details.getSignature() != null) {
      handover.signedOnScreen(details.getSignature(), by, now);
      completion.complete(handover, by, now);
    }
    Flushes.orConflict(em);
    if (handover.isConfirmed()) {
      securityLog.recordOnCommit(
          SecurityEvent.KIT_HANDED_OVER,
          Map.of("handover", handover.getId(), "participant", participant.getId()));
    }
    return handover.getId();
  }

  /**
   * The units picked, locked: exactly as many of each serial-numbered article as the kit has, each
   * on the shelves now (a unit picked by another mentor a moment before is refused).
   */
  private List<KitUnit> picked(KitAllocation allocation, List<Long> unitIds) {
    var ids = new TreeSet<Long>(unitIds == null ? List.of() : unitIds);
    List<KitUnit> units =
        ids.isEmpty()
            ? List.of()
            : em.createQuery(
                    "SELECT u FROM KitUnit u WHERE u.id IN :ids ORDER BY u.id", KitUnit.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    if (units.size() != ids.size()) {
      throw IncubatorException.onField("units", "starterkit.handover.unitUnknown");
    }
    Map<Long, Integer> picked = new HashMap<>();
    for (KitUnit unit : units) {
      if (unit.getStatus() != UnitStatus.IN_STOCK) {
        throw IncubatorException.onField(
            "units", "starterkit.handover.unitNotInStock", unit.getSerial());
      }
      picked.merge(unit.getArticle().getId(), 1, Integer::sum);
    }
    for (AllocationLine line : allocation.getLines()) {
      if (line.getArticle().isSerialTracked()
          && picked.getOrDefault(line.getArticle().getId(), 0) != line.getQuantity()) {
        throw IncubatorException.onField(
            "units",
            "starterkit.handover.unitCount",
            line.getQuantity(),
            line.getArticle().getNames().french());
      }
      picked.remove(line.getArticle().getId());
    }
    if (!picked.isEmpty()) {
      throw IncubatorException.onField("units", "starterkit.handover.unitNotInKit");
    }
    return units;
  }

  /**
   * A hand-over still waiting for the person's phone is withdrawn (the person was not there after
   * all): the units go back on the shelves, the kit stays reserved.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public void withdraw(@NotNull Long handoverId) {
    keeping.lock();
    KitHandover handover = get(handoverId);
    em.lock(handover, LockModeType.PESSIMISTIC_WRITE);
    if (handover.isConfirmed()) {
      throw new IncubatorException("starterkit.handover.alreadyConfirmed");
    }
    String by = caller.name();
    Instant now = Instant.now();
    for (KitUnit unit : handover.getUnits()) {
      em.persist(unit.moveTo(UnitStatus.IN_STOCK, "withdrawn", by, now));
    }
    em.remove(handover);
    Flushes.orConflict(em);
  }

  /** The photo taken at a hand-over, if one was. */
  public DocumentContent photo(@NotNull Long handoverId) {
    return documents.open(
        get(handoverId)
            .getPhoto()
            .orElseThrow(() -> new NotFoundException("starterkit.handover.notFound", handoverId)));
  }

  public KitHandover get(@NotNull Long handoverId) {
    return Entities.get(em, KitHandover.class, handoverId, "starterkit.handover.notFound");
  }

  /** Whether the hand-over is confirmed yet: what the mentor's page asks every few seconds. */
  public AcknowledgementStatus status(@NotNull Long handoverId) {
    return em.createQuery(
            "SELECT h.acknowledgement.status FROM KitHandover h WHERE h.id = :id",
            AcknowledgementStatus.class)
        .setParameter("id", handoverId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("starterkit.handover.notFound", handoverId));
  }

  public Optional<KitHandover> ofAllocation(@NotNull Long allocationId) {
    return em.createQuery(
            "SELECT h FROM KitHandover h WHERE h.allocation.id = :allocation", KitHandover.class)
        .setParameter("allocation", allocationId)
        .getResultStream()
        .findFirst();
  }
}
