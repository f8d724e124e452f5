package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;
import org.incubator.training.JourneyStep;
import org.incubator.training.Participant;

/**
 * Kits allocated to admitted people: a mentor allocates the kit of the person's trade, which the
 * stock reserves at once or in order of admission when a delivery comes; an administrator may waive
 * the training the hand-over waits for.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Allocations {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private StockKeeping keeping;

  @Inject private Catalogue catalogue;

  /**
   * Allocates the kit of the person's trade now published; reserved at once when the shelves have
   * it and nobody admitted earlier waits for its articles, waiting otherwise.
   */
  @RolesAllowed(Role.Names.MENTOR)
  public Long allocate(@NotNull Long participantId) {
    keeping.lock();
    Participant participant =
        Entities.get(em, Participant.class, participantId, "training.participant.notFound");
    if (!participant.getStage().isActive()) {
      throw new IncubatorException("starterkit.allocation.notActive");
    }
    KitTemplate kit =
        catalogue
            .kitOf(participant.getHolder().getProject().getTrade())
            .orElseThrow(() -> new IncubatorException("starterkit.allocation.noKit"));
    Optional<KitAllocation> existing = find(participantId);
    KitAllocation allocation;
    if (existing.isPresent()) {
      allocation = existing.get();
      allocation.allocateAgain(kit, caller.name(), Instant.now());
    } else {
      Instant admittedAt =
          participant.getJourney().stream()
              .map(JourneyStep::getAt)
              .min(Comparator.naturalOrder())
              .orElse(participant.getSince());
      allocation = new KitAllocation(participant, kit, admittedAt, caller.name(), Instant.now());
      em.persist(allocation);
    }
    Flushes.orDuplicate(
        em,
        "uq_kit_allocation_participant",
        () -> new IncubatorException("starterkit.allocation.exists"));
    keeping.serveWaiting();
    Flushes.orConflict(em);
    return allocation.getId();
  }

  /** The person will not receive the kit: what was reserved goes back to the shelves. */
  public void cancel(@NotNull Long allocationId) {
    keeping.lock();
    KitAllocation allocation = get(allocationId);
    em.lock(allocation, LockModeType.PESSIMISTIC_WRITE);
    Map<Long, Integer> needs = allocation.needs();
    if (allocation.cancel()) {
      Map<Long, KitArticle> articles = keeping.articles(needs.keySet());
      needs.forEach(
          (id, quantity) -> {
            KitArticle article = articles.get(id);
            article.moveTo(article.getStock().release(quantity));
          });
    }
    Flushes.orConflict(em);
    keeping.serveWaiting();
    Flushes.orConflict(em);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void waiveTraining(@NotNull Long allocationId, String reason) {
    KitAllocation allocation = get(allocationId);
    em.lock(allocation, LockModeType.PESSIMISTIC_WRITE);
    allocation.waiveTraining(reason, caller.name(), Instant.now());
    Flushes.orConflict(em);
  }

  public KitAllocation get(@NotNull Long allocationId) {
    return Entities.get(em, KitAllocation.class, allocationId, "starterkit.allocation.notFound");
  }

  private Optional<KitAllocation> find(Long participantId) {
    return em.createQuery(
            "SELECT DISTINCT a FROM KitAllocation a LEFT JOIN FETCH a.lines l LEFT JOIN FETCH"
                + " l.article WHERE a.participant.id = :participant ORDER BY l.id",
            KitAllocation.class)
        .setParameter("participant", participantId)
        .getResultStream()
        .findFirst();
  }

  /** Allocated kits in one status (all when none), in order of admission: ids, then rows. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AllocationSummary> page(AllocationStatus status, @NotNull PageRequest page) {
    boolean fromTheEnd = page.isNearerTheEnd();
    String order = fromTheEnd ? " DESC" : "";
    var query =
        em.createQuery(
            "SELECT a.id FROM KitAllocation a"
                + (status == null ? "" : " WHERE a.status = :status")
                + " ORDER BY a.admittedAt"
                + order
                + ", a.id"
                + order,
            Long.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    List<Long> ids = page.idsFrom(query, fromTheEnd);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, AllocationSummary> rows = new HashMap<>();
    em.createQuery(
            "SELECT NEW org.incubator.starterkit.AllocationSummary(a.id, p.id, h.firstName,"
                + " h.lastName, c.name, t.trade, t.number, a.status, a.admittedAt, a.allocatedAt)"
                + " FROM KitAllocation a JOIN a.participant p JOIN p.holder h JOIN p.cohort c JOIN"
                + " a.template t WHERE a.id IN :ids",
            AllocationSummary.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(row -> rows.put(row.id(), row));
    return PageRequest.inOrderOf(ids, rows);
  }

  /**
   * How many kits are in each of these statuses, in one statement that reads only their part of the
   * statuses' index: the kits handed over, most of them at national scale, are not counted.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<AllocationStatus, Long> countByStatus(@NotEmpty Set<AllocationStatus> statuses) {
    Map<AllocationStatus, Long> counts = new EnumMap<>(AllocationStatus.class);
    statuses.forEach(status -> counts.put(status, 0L));
    em.createQuery(
            "SELECT a.status, COUNT(a) FROM KitAllocation a WHERE a.status IN :statuses GROUP BY"
                + " a.status",
            Object[].class)
        .setParameter("statuses", statuses)
        .getResultStream()
        .forEach(row -> counts.put((AllocationStatus) row[0], (Long) row[1]));
    return counts;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(AllocationStatus status) {
    if (status == null) {
      return em.createQuery("SELECT COUNT(a) FROM KitAllocation a", Long.class).getSingleResult();
    }
    return em.createQuery(
            "SELECT COUNT(a) FROM KitAllocation a WHERE a.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }
}
