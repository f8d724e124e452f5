package org.incubator.starterkit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way the store's counters change. Every change of what is available (an allocation, a
 * delivery, a cancellation, a return, a hand-over) first takes the stock's lock, one row, so they
 * happen one at a time and the waiting line is served in order; the articles' own CHECK keeps the
 * counters from going below zero whatever happens. A few such changes a minute at national scale
 * make one lock no bottleneck, and no two of them can deadlock.
 */
@Dependent
public class StockKeeping {

  @PersistenceContext private EntityManager em;

  /** Waits until no other change of the stock runs; held until the transaction ends. */
  public void lock() {
    em.createNativeQuery("SELECT id FROM kit_stock_lock WHERE id = 1 FOR UPDATE").getSingleResult();
  }

  /** The articles, read now and locked, by id. Call under {@link #lock()}. */
  public Map<Long, KitArticle> articles(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT a FROM KitArticle a WHERE a.id IN :ids ORDER BY a.id", KitArticle.class)
        .setParameter("ids", new TreeSet<>(ids))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .collect(Collectors.toMap(KitArticle::getId, Function.identity()));
  }

  /**
   * Reserves the shelves for the kits waiting that can now be served, in order of admission (see
   * {@link WaitingLine}). Call under {@link #lock()}, after the change that may serve them.
   */
  public int serveWaiting() {
    List<KitAllocation> waiting =
        em.createQuery(
                "SELECT DISTINCT a FROM KitAllocation a LEFT JOIN FETCH a.lines WHERE a.status ="
                    + " org.incubator.starterkit.AllocationStatus.WAITING ORDER BY a.admittedAt,"
                    + " a.id",
                KitAllocation.class)
            .getResultList();
    if (waiting.isEmpty()) {
      return 0;
    }
    List<WaitingLine.Waiting> line =
        waiting.stream()
            .sorted(
                Comparator.comparing(KitAllocation::getAdmittedAt)
                    .thenComparing(KitAllocation::getId))
            .map(a -> new WaitingLine.Waiting(a.getId(), a.needs()))
            .toList();
    Map<Long, KitArticle> articles =
        articles(line.stream().flatMap(w -> w.needs().keySet().stream()).distinct().toList());
    Map<Long, Integer> available = new HashMap<>();
    articles.forEach((id, article) -> available.put(id, article.getStock().available()));
    List<Long> served = WaitingLine.serve(line, available);
    Instant now = Instant.now();
    for (KitAllocation allocation : waiting) {
      if (served.contains(allocation.getId())) {
        allocation
            .needs()
            .forEach(
                (articleId, quantity) -> {
                  KitArticle article = articles.get(articleId);
                  article.moveTo(article.getStock().reserve(quantity));
                });
        allocation.reserved(now);
      }
    }
    return served.size();
  }
}
