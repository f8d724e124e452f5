package org.incubator.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

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

  /**
   * Flushes, and turns the database's refusal of a duplicate ({@code uniqueKey}, two saves at the
   * same moment that the service's own check could not see) into the user's message.
   */
  public static void orDuplicate(
      EntityManager em, String uniqueKey, Supplier<IncubatorException> refusal) {
    try {
      orConflict(em);
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, uniqueKey)) {
        throw refusal.get();
      }
      throw e;
    }
  }
}
