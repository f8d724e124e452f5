package org.incubator.shared;

/**
 * Recognises the database's refusal of a duplicate by the name of the unique key, so that a race
 * the service's own check could not see (two saves at the same moment) gets the same message as the
 * duplicate it did see.
 */
public final class UniqueKeys {

  private UniqueKeys() {}

  public static boolean violated(Throwable failure, String uniqueKey) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(uniqueKey)) {
        return true;
      }
    }
    return false;
  }
}
