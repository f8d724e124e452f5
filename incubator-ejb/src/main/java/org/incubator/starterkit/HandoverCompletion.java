package org.incubator.starterkit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import org.incubator.training.Participant;

/**
 * What follows the person's confirmation, however given: the units are on loan to them, the
 * articles leave the shelves, the kit is handed over and the person is equipped on their journey.
 */
@Dependent
public class HandoverCompletion {

  @PersistenceContext private EntityManager em;

  @Inject private StockKeeping keeping;

  /** Call under the stock's lock, once {@code handover} is confirmed. */
  public void complete(KitHandover handover, String by, Instant when) {
    for (KitUnit unit : handover.getUnits()) {
      em.persist(unit.moveTo(UnitStatus.ON_LOAN, null, by, when));
    }
    KitAllocation allocation = handover.getAllocation();
    Map<Long, Integer> needs = allocation.needs();
    Map<Long, KitArticle> articles = keeping.articles(needs.keySet());
    needs.forEach(
        (id, quantity) -> {
          KitArticle article = articles.get(id);
          article.moveTo(article.getStock().handOver(quantity));
        });
    allocation.handedOver();
    Participant participant = handover.getParticipant();
    em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
    participant.receiveKit(by, when);
  }
}
