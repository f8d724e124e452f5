package org.incubator.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Sends the pending changes now, so that a newer version saved meanwhile is refused here with the
 * user's message.
 */
public final class Flushes {

  private Flushes() {}

  public static void orConflict(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentUpdateException();
    }
  }
}
