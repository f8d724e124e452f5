package org.incubator.shared;

import jakarta.persistence.EntityManager;

/** The one way a service reads a record by its id: found, or "not found" in the user's words. */
public final class Entities {

  private Entities() {}

  /**
   * The entity, or a {@link NotFoundException} with {@code notFoundKey} (an unknown id answers
   * 404).
   */
  public static <T> T get(EntityManager em, Class<T> type, Object id, String notFoundKey) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw new NotFoundException(notFoundKey, id);
    }
    return found;
  }
}
